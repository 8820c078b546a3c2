/**
 * hidden-content, red team round 2: ways to keep a cell's text from the reader's eye that the first readers missed —
 * Word theme colours (w:themeColor over w:val), characters squeezed to nothing (w:w, w:spacing, w:fitText), a theme
 * fill as dark as the text; Excel number formats that paint other words (;;;"×", @"（暂不公开）", "×" for 1) and
 * conditional formats; and text struck through (w:strike, a struck Excel font), which a reader takes as deleted; a picture floated over a cell; an Excel formula whose stored result is not what it computes. Each one hid "、政务新媒体" (or a tick) from the reader while verify read it and passed.
 */
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
const TARGET = ROWS.findIndex((r) => r[1] === '招生计划') + 2;
const CHANNEL = 6;
/** A colour no table uses: the run carrying the trick is found by it in the XML. */
const MARK = '<w:color w:val="ABCDEF"/>';

const WORD_TRICKS: Readonly<Record<string, { run: string; cell?: string; picture?: boolean; field?: boolean }>> = {
  theme: { run: '<w:color w:val="000000" w:themeColor="background1"/>' },
  themeshade: { run: '<w:color w:val="000000" w:themeColor="background1" w:themeShade="F2"/>' },
  scale: { run: '<w:w w:val="1"/>' },
  spacing: { run: '<w:spacing w:val="-400"/>' },
  fittext: { run: '<w:fitText w:val="20" w:id="7"/>' },
  strike: { run: '<w:strike/>' },
  picture: { run: '<w:color w:val="000000"/>', picture: true },
  // A field whose stored result is 政务新媒体 and whose instruction works out to nothing.
  field: { run: '<w:color w:val="123456"/>', field: true },
  dstrike: { run: '<w:dstrike w:val="1"/>' },
  // Right-to-left: Word shows 、政务新媒体 as 体媒新务政、.
  rtl: { run: '<w:rtl/>' },
  themefill: { run: '<w:color w:val="000000"/>', cell: '<w:shd w:val="clear" w:color="auto" w:fill="FFFFFF" w:themeFill="text1"/>' },
  // Controls: Word paints these; they must not be refused.
  themetext: { run: '<w:color w:val="FFFFFF" w:themeColor="text1"/>' },
  scale90: { run: '<w:w w:val="90"/>' },
};

/** A white 1×1 PNG: stretched over a cell as a floating picture it covers the text under it. */
const WHITE_PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC'), (c) => c.charCodeAt(0));

async function wordFiling(trick: { run: string; cell?: string; picture?: boolean; field?: boolean }): Promise<Uint8Array> {
  const cell = (text: string, r: number, c: number): docx.TableCell => {
    const lines = text.split('\n');
    const picture = trick.picture
      ? [
          new docx.ImageRun({
            type: 'png',
            data: WHITE_PNG,
            transformation: { width: 120, height: 20 },
            floating: { horizontalPosition: { offset: 0 }, verticalPosition: { offset: 0 }, behindDocument: false },
          }),
        ]
      : [];
    const extra = r === TARGET && c === CHANNEL ? [new docx.TextRun({ text: '、政务新媒体', color: 'ABCDEF' }), ...picture] : [];
    return new docx.TableCell({ children: lines.map((line, i) => new docx.Paragraph({ children: [new docx.TextRun(line), ...(i === 0 ? extra : [])] })) });
  };
  const rows = [HEAD, ...ROWS].map((cells, i) => new docx.TableRow({ children: cells.map((t, c) => cell(t, i + 1, c)) }));
  const doc = new docx.Document({ sections: [{ children: [new docx.Paragraph('延津县义务教育领域基层政务公开标准目录'), new docx.Table({ rows })] }] });
  const parts = unzipSync(new Uint8Array(await docx.Packer.toBuffer(doc)));
  let xml = strFromU8(parts['word/document.xml'] as Uint8Array);
  expect(xml).toContain(MARK);
  xml = xml.replace(MARK, trick.run);
  if (trick.field) {
    const run = /<w:r><w:rPr><w:color w:val="123456"\/>(?:(?!<w:r>).)*?<\/w:r>/su.exec(xml);
    expect(run).not.toBeNull();
    const field =
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> IF 1 = 2 "、政务新媒体" "" </w:instrText></w:r>' +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${run?.[0] ?? ''}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    xml = xml.replace(run?.[0] ?? '', field);
  }
  if (trick.cell) {
    const at = xml.indexOf(trick.run);
    const tc = xml.lastIndexOf('<w:tc>', at);
    xml = `${xml.slice(0, tc)}<w:tc><w:tcPr>${trick.cell}</w:tcPr>${xml.slice(tc + '<w:tc>'.length)}`;
  }
  parts['word/document.xml'] = strToU8(xml);
  return zipSync(parts);
}

/** Row of 招生计划 in the sheet (a title row, then the header). */
const SHEET_ROW = TARGET + 1;
const SHEET_TRICKS: Readonly<Record<string, (ws: ExcelJS.Worksheet) => void>> = {
  'text-section': (ws) => {
    ws.getRow(SHEET_ROW).getCell(CHANNEL + 1).numFmt = ';;;"政府网站"';
    ws.getRow(SHEET_ROW).getCell(CHANNEL + 1).value = '政府网站、政务新媒体';
  },
  'suffix': (ws) => {
    ws.getRow(SHEET_ROW).getCell(2).numFmt = '@"（暂不公开）"';
  },
  'number': (ws) => {
    const c = ws.getRow(SHEET_ROW).getCell(9);
    c.value = 1;
    c.numFmt = '"依申请";"依申请";"依申请"';
  },
  // A forged stored result: ="" shows nothing once recalculated, the file stores √ (read as 主动).
  'formula': (ws) => {
    ws.getRow(SHEET_ROW).getCell(9).value = { formula: '""', result: '主动' };
  },
  'comment': (ws) => {
    ws.getRow(SHEET_ROW).getCell(2).note = '本年度暂不公开';
  },
  'strike': (ws) => {
    ws.getRow(SHEET_ROW).getCell(CHANNEL + 1).font = { strike: true };
  },
  'conditional': (ws) => {
    ws.addConditionalFormatting({
      ref: `G${SHEET_ROW}`,
      rules: [{ type: 'expression', priority: 1, formulae: ['TRUE'], style: { font: { color: { argb: 'FFFFFFFF' } } } }],
    });
  },
  // Controls: a date in a title cell and a plain number format are not hiding anything.
  'date-title': (ws) => {
    const c = ws.getRow(1).getCell(5);
    c.value = new Date('2020-10-29T00:00:00Z');
    c.numFmt = 'yyyy"年"m"月"d"日"';
  },
  'plain-number': (ws) => {
    const c = ws.getRow(SHEET_ROW).getCell(13);
    c.value = 1;
    c.numFmt = '0';
  },
};

async function excelFiling(trick: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('目录');
  ws.addRow(['延津县义务教育领域基层政务公开标准目录']);
  ws.addRow(HEAD);
  for (const r of ROWS) ws.addRow(r);
  trick(ws);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

interface Filing {
  file: string;
  status?: string;
  diagnostics: { rule: string; severity: string; line: number; message: string }[];
}
let files: Filing[] = [];
const hidden = (file: string): Filing['diagnostics'] => (files.find((f) => f.file === file)?.diagnostics ?? []).filter((d) => d.rule === 'hidden-content');
const status = (file: string): string | undefined => files.find((f) => f.file === file)?.status;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hidden-tricks-'));
  for (const [name, trick] of Object.entries(WORD_TRICKS)) writeFileSync(join(dir, `word-${name}.docx`), await wordFiling(trick));
  for (const [name, trick] of Object.entries(SHEET_TRICKS)) writeFileSync(join(dir, `sheet-${name}.xlsx`), await excelFiling(trick));
  const r = runCli(['verify', '.', '--format', 'json'], dir, {}, 120_000);
  files = (JSON.parse(r.stdout) as { files: Filing[] }).files;
}, 180_000);

describe("catalog verify: more ways to hide a cell's text in Word", () => {
  it.each([
    ['theme', /白色或与底色相同/],
    ['themeshade', /白色或与底色相同/],
    ['themefill', /白色或与底色相同/],
    ['scale', /压缩得看不见/],
    ['spacing', /压缩得看不见/],
    ['fittext', /压缩得看不见/],
    ['strike', /删除线/],
    ['dstrike', /删除线/],
    ['picture', /图片、图形或文本框/],
    ['field', /公式或域/],
    ['rtl', /从右向左/],
  ])('%s is hidden content on its row', (name, how) => {
    const found = hidden(`word-${name}.docx`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', line: TARGET });
    expect(found[0]?.message).toMatch(how);
    if (name !== 'picture') expect(found[0]?.message).toContain('政务新媒体');
    if (name === 'field') expect(found[0]?.message).toContain('IF 1 = 2');
  });
  it.each(['themetext', 'scale90'])('%s shows, and is read', (name) => {
    expect(hidden(`word-${name}.docx`)).toEqual([]);
    expect(status(`word-${name}.docx`)).not.toBe('error');
  });
});

describe('catalog verify: Excel formats that paint other words', () => {
  it('struck-through text is refused, and the struck channel is not read', () => {
    const found = hidden('sheet-strike.xlsx');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', line: SHEET_ROW });
    expect(found[0]?.message).toMatch(/加了删除线的文字/);
    expect(files.find((f) => f.file === 'sheet-strike.xlsx')?.diagnostics.some((d) => d.rule === 'unreadable-cell' || d.rule === 'removed-channel')).toBe(true);
  });
  it('a formula is refused: its stored result is not what a recalculating reader sees', () => {
    const found = hidden('sheet-formula.xlsx');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', line: SHEET_ROW });
    expect(found[0]?.message).toMatch(/公式或域（程序读的是文件中保存的结果/);
    expect(found[0]?.message).toContain('=""');
  });
  it('a cell comment is refused like a Word comment', () => {
    const found = hidden('sheet-comment.xlsx');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', line: SHEET_ROW });
    expect(found[0]?.message).toMatch(/批注或脚注“本年度暂不公开”/);
  });
  it.each(['text-section', 'suffix', 'number', 'conditional'])('%s is hidden content on its row', (name) => {
    const found = hidden(`sheet-${name}.xlsx`);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatchObject({ severity: 'error', line: SHEET_ROW });
    expect(found[0]?.message).toMatch(/改变显示内容的数字格式、条件格式或样式/);
  });
  it.each(['date-title', 'plain-number'])('%s is not hidden content', (name) => {
    expect(hidden(`sheet-${name}.xlsx`)).toEqual([]);
  });
});
