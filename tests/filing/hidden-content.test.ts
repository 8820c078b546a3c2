/** hidden-content: hand-made Word/Excel/HTML tables whose content a reader does not see are refused by verify and warned about by import. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as docx from 'docx';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { TEXT_HEAD, TEXT_ROWS } from './office-table.js';

const HEAD = TEXT_HEAD;
const ROWS = TEXT_ROWS;
/** The row (1-based, header = 1) of 招生计划 and its channel column. */
const TARGET = ROWS.findIndex((r) => r[1] === '招生计划') + 2;
const CHANNEL = 6;

type Trick = 'none' | 'vanish' | 'specVanish' | 'white' | 'shaded' | 'tiny' | 'deleted' | 'inserted' | 'footnote' | 'hiddenRow';

/** A Word table of the baseline; in the 招生计划 row the channel cell carries "政务新媒体" hidden by `trick`. */
async function wordFiling(trick: Trick): Promise<Uint8Array> {
  const cell = (text: string, r: number, c: number): docx.TableCell => {
    const runs: docx.ParagraphChild[] = [new docx.TextRun(text)];
    let shading: docx.IShadingAttributesProperties | undefined;
    if (r === TARGET && c === CHANNEL && trick !== 'none' && trick !== 'hiddenRow') {
      const extra = '、政务新媒体';
      if (trick === 'vanish') runs.push(new docx.TextRun({ text: extra, vanish: true }));
      if (trick === 'specVanish') runs.push(new docx.TextRun({ text: extra, specVanish: true }));
      if (trick === 'white') runs.push(new docx.TextRun({ text: extra, color: 'FFFFFF' }));
      if (trick === 'shaded') {
        runs.push(new docx.TextRun({ text: extra, color: 'DDEEFF' }));
        shading = { fill: 'DDEEFF', type: docx.ShadingType.CLEAR, color: 'auto' };
      }
      if (trick === 'tiny') runs.push(new docx.TextRun({ text: extra, size: 2 }));
      if (trick === 'deleted') runs.push(new docx.DeletedTextRun({ text: '、政务公开栏', id: 1, author: 'x', date: '2020-10-01T00:00:00Z' }));
      if (trick === 'inserted') runs.push(new docx.InsertedTextRun({ text: extra, id: 2, author: 'x', date: '2020-10-01T00:00:00Z' }));
      if (trick === 'footnote') runs.push(new docx.FootnoteReferenceRun(1));
    }
    return new docx.TableCell({
      children: text
        .split('\n')
        .map((line, i) => new docx.Paragraph({ children: i === 0 ? runs.map((x, j) => (j === 0 ? new docx.TextRun(line) : x)) : [new docx.TextRun(line)] })),
      ...(shading ? { shading } : {}),
    });
  };
  const rows = [HEAD, ...ROWS].map((cells, i) => new docx.TableRow({ children: cells.map((t, c) => cell(t, i + 1, c)) }));
  const doc = new docx.Document({
    footnotes: { 1: { children: [new docx.Paragraph('本项不在政府网站公开')] } },
    sections: [{ children: [new docx.Paragraph('延津县义务教育领域基层政务公开标准目录'), new docx.Table({ rows })] }],
  });
  const bytes = new Uint8Array(await docx.Packer.toBuffer(doc));
  if (trick !== 'hiddenRow') return bytes;
  // The docx package cannot write w:trPr/w:hidden: hide the 招生计划 row in the XML, as the red team did.
  const parts = unzipSync(bytes);
  const xml = strFromU8(parts['word/document.xml'] as Uint8Array);
  let n = 0;
  parts['word/document.xml'] = strToU8(xml.replace(/<w:tr>/g, (m) => (++n === TARGET ? '<w:tr><w:trPr><w:hidden/></w:trPr>' : m)));
  return zipSync(parts);
}

type SheetTrick = 'none' | 'hiddenRow' | 'hiddenColumn' | 'white' | 'format';
async function excelFiling(trick: SheetTrick): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('目录');
  ws.addRow(HEAD);
  for (const r of ROWS) ws.addRow(r);
  // An extra column holding "备注" that only matters when seen; the tricks hide 政务新媒体 in the target row.
  const cell = ws.getRow(TARGET).getCell(CHANNEL + 1);
  if (trick === 'white') {
    cell.value = `${String(cell.value)}、政务新媒体`;
    cell.font = { color: { argb: 'FFFFFFFF' } };
  }
  if (trick === 'format') {
    cell.numFmt = ';;;';
  }
  if (trick === 'hiddenRow') ws.getRow(TARGET).hidden = true;
  if (trick === 'hiddenColumn') ws.getColumn(CHANNEL + 1).hidden = true;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

type PageTrick = 'none' | 'hidden' | 'display' | 'visibility' | 'fontSize' | 'white';
function htmlFiling(trick: PageTrick): string {
  const style: Record<PageTrick, string> = {
    none: '',
    hidden: '',
    display: 'display:none',
    visibility: 'visibility:hidden',
    fontSize: 'font-size:0',
    white: 'color:#fff',
  };
  const td = (t: string, r: number, c: number): string => {
    const extra =
      r === TARGET && c === CHANNEL && trick !== 'none' ? `<span${trick === 'hidden' ? ' hidden' : ` style="${style[trick]}"`}>、政务新媒体</span>` : '';
    return `<td>${t.replace(/\n/g, '<br>')}${extra}</td>`;
  };
  const rows = [HEAD, ...ROWS].map((cells, i) => `<tr>${cells.map((t, c) => td(t, i + 1, c)).join('')}</tr>`).join('\n');
  return `<!doctype html><html><body><h1>延津县义务教育领域基层政务公开标准目录</h1><table>${rows}</table></body></html>`;
}

interface Filing {
  file: string;
  status?: string;
  diagnostics: { rule: string; severity: string; line: number; message: string }[];
}
const dir = mkdtempSync(join(tmpdir(), 'hidden-content-'));
const WORD: readonly Trick[] = ['none', 'vanish', 'specVanish', 'white', 'shaded', 'tiny', 'deleted', 'inserted', 'footnote', 'hiddenRow'];
const SHEET: readonly SheetTrick[] = ['none', 'hiddenRow', 'hiddenColumn', 'white', 'format'];
const PAGE: readonly PageTrick[] = ['none', 'hidden', 'display', 'visibility', 'fontSize', 'white'];
let files: Filing[] = [];

beforeAll(async () => {
  for (const t of WORD) writeFileSync(join(dir, `word-${t.toLowerCase()}.docx`), await wordFiling(t));
  for (const t of SHEET) writeFileSync(join(dir, `sheet-${t.toLowerCase()}.xlsx`), await excelFiling(t));
  for (const t of PAGE) writeFileSync(join(dir, `page-${t.toLowerCase()}.html`), htmlFiling(t));
  const r = runCli(['verify', '.', '--format', 'json'], dir, {}, 120_000);
  files = (JSON.parse(r.stdout) as { files: Filing[] }).files;
}, 180_000);

const hidden = (file: string): Filing['diagnostics'] => (files.find((f) => f.file === file)?.diagnostics ?? []).filter((d) => d.rule === 'hidden-content');

describe('catalog verify: hidden content in a hand-made Word filing is an error naming the row', () => {
  it('an untouched table has no hidden-content finding and no error', () => {
    expect(hidden('word-none.docx')).toEqual([]);
    expect(files.find((f) => f.file === 'word-none.docx')?.status).not.toBe('error');
  });
  it.each([
    ['vanish', /设为隐藏的文字“、?政务新媒体”/],
    ['specvanish', /设为隐藏的文字/],
    ['white', /白色或与底色相同颜色的文字/],
    ['shaded', /白色或与底色相同颜色的文字/],
    ['tiny', /字号极小/],
    ['deleted', /未处理的修订（已删除但仍保留）“、政务公开栏”/],
    ['inserted', /未接受的修订（插入）/],
    ['footnote', /批注或脚注“本项不在政府网站公开”/],
    ['hiddenrow', /隐藏的行/],
  ])('%s', (trick, message) => {
    const found = hidden(`word-${trick}.docx`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', line: TARGET });
    expect(found[0]?.message).toMatch(new RegExp(`^第${TARGET}行（招生计划）：?有读者看不到的内容|^第${TARGET}行（`));
    expect(found[0]?.message).toMatch(message);
  });
  it('hidden text is not read as visible: the hidden row is a removed item', () => {
    const diags = files.find((f) => f.file === 'word-hiddenrow.docx')?.diagnostics ?? [];
    expect(diags.some((d) => d.rule === 'removed-item' && /招生计划/.test(d.message))).toBe(true);
  });
});

describe('catalog verify: hidden rows, columns, white font and ;;; formats in Excel; hidden, invisible, tiny and white text in HTML', () => {
  it.each(SHEET.filter((t) => t !== 'none').map((t) => [t.toLowerCase()]))('sheet %s', (trick) => {
    const found = hidden(`sheet-${trick}.xlsx`);
    expect(found.find((d) => d.line === TARGET)).toMatchObject({ severity: 'error' });
    expect(found.find((d) => d.line === TARGET)?.message).toMatch(/招生计划/);
  });
  it('an untouched sheet has no hidden-content finding', () => {
    expect(hidden('sheet-none.xlsx')).toEqual([]);
  });
  // verify does not take web pages; import reads them, and warns.
  it.each(PAGE.map((t) => [t.toLowerCase()]))('page %s (catalog import)', (trick) => {
    const r = runCli(['import', `page-${trick}.html`, '--id', 'yanjin', '--region', '延津县', '--dry-run'], dir);
    const warnings = r.stdout.split('\n').filter((l) => l.startsWith('警告：'));
    if (trick === 'none') expect(warnings).toEqual([]);
    else expect(warnings).toEqual([expect.stringMatching(new RegExp(`^警告：第${TARGET}行（招生计划）有读者看不到的内容：.*“、政务新媒体”，未导入`))]);
  });
});

describe('catalog import: a warning per hidden row; hidden text is not imported', () => {
  it('warns about the vanished run and does not write 政务新媒体 for 招生计划', () => {
    const r = runCli(['import', 'word-vanish.docx', '--id', 'yanjin', '--region', '延津县', '-o', 'out.yaml', '--force'], dir);
    expect(r.stdout).toMatch(new RegExp(`警告：第${TARGET}行（招生计划）有读者看不到的内容：设为隐藏的文字“、?政务新媒体”，未导入`));
    const again = runCli(['import', 'word-none.docx', '--id', 'yanjin', '--region', '延津县', '--dry-run'], dir);
    expect(again.stdout).not.toMatch(/读者看不到/);
  });
  it('warns in English with --lang en, for a sheet too', () => {
    const r = runCli(['import', 'sheet-white.xlsx', '--id', 'yanjin', '--region', '延津县', '--dry-run', '--lang', 'en'], dir);
    expect(r.stdout).toMatch(new RegExp(`Warning: row ${TARGET} \\(招生计划\\) carries content a reader does not see`));
  });
});
