/**
 * A hand-made filing says more than its item rows: a 说明 under the table, a note row in a sheet. Red team: "招生计划
 * 暂不公开" written there was never read, and the table verified clean. It is now read like a source's title and
 * document information (withdrawn-disclosure, catalogue-wide wording and grade: an error, as the filing is a county's).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as docx from 'docx';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { TEXT_HEAD, TEXT_ROWS } from './office-table.js';

const HEAD = TEXT_HEAD;
const ROWS = TEXT_ROWS;
const WITHDRAWN = '说明：“招生计划”本年度暂不公开，待上级部署后另行公开。';
const BENIGN = '说明：本目录自印发之日起施行。';

async function word(after: string): Promise<Uint8Array> {
  const table = new docx.Table({
    rows: [HEAD, ...ROWS].map(
      (cells) => new docx.TableRow({ children: cells.map((t) => new docx.TableCell({ children: t.split('\n').map((l) => new docx.Paragraph(l)) })) }),
    ),
  });
  const doc = new docx.Document({ sections: [{ children: [new docx.Paragraph('延津县义务教育领域基层政务公开标准目录'), table, new docx.Paragraph(after)] }] });
  return new Uint8Array(await docx.Packer.toBuffer(doc));
}

/** The table with a 备注 column, 招生计划's note saying `note`. */
async function wordNote(note: string): Promise<Uint8Array> {
  const rows = [[...HEAD, '备注'], ...ROWS.map((r) => [...r, r[1] === '招生计划' ? note : ''])];
  const table = new docx.Table({
    rows: rows.map(
      (cells) => new docx.TableRow({ children: cells.map((t) => new docx.TableCell({ children: t.split('\n').map((l) => new docx.Paragraph(l)) })) }),
    ),
  });
  const doc = new docx.Document({ sections: [{ children: [new docx.Paragraph('延津县义务教育领域基层政务公开标准目录'), table] }] });
  return new Uint8Array(await docx.Packer.toBuffer(doc));
}

async function sheet(note: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('目录');
  ws.addRow(['延津县义务教育领域基层政务公开标准目录']);
  ws.addRow(HEAD);
  for (const r of ROWS) ws.addRow(r);
  ws.addRow([note]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

interface Filing {
  file: string;
  status?: string;
  diagnostics: { rule: string; severity: string; line: number; message: string }[];
}
let files: Filing[] = [];
const withdrawn = (file: string): Filing['diagnostics'] =>
  (files.find((f) => f.file === file)?.diagnostics ?? []).filter((d) => d.rule === 'withdrawn-disclosure');

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'office-prose-'));
  writeFileSync(join(dir, 'word-withdrawn.docx'), await word(WITHDRAWN));
  writeFileSync(join(dir, 'word-benign.docx'), await word(BENIGN));
  writeFileSync(join(dir, 'sheet-withdrawn.xlsx'), await sheet(WITHDRAWN));
  writeFileSync(join(dir, 'sheet-benign.xlsx'), await sheet(BENIGN));
  writeFileSync(join(dir, 'word-note.docx'), await wordNote('本年度暂不公开'));
  files = (JSON.parse(runCli(['verify', '.', '--format', 'json'], dir, {}, 120_000).stdout) as { files: Filing[] }).files;
}, 180_000);

describe('catalog verify: text outside the item rows of a hand-made filing', () => {
  it.each(['word-withdrawn.docx', 'sheet-withdrawn.xlsx'])('%s: a 说明 that withdraws an item is an error (a county filing, the catalogue itself)', (file) => {
    const found = withdrawn(file);
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('error');
    expect(found[0]?.message).toContain('暂不公开');
    expect(found[0]?.message).toContain('表格中事项以外的文字');
    expect(files.find((f) => f.file === file)?.status).toBe('error');
  });
  it.each(['word-benign.docx', 'sheet-benign.xlsx'])('%s: a 说明 that withdraws nothing is quiet', (file) => {
    expect(withdrawn(file)).toEqual([]);
    // Its only warnings: the bare table shows no 文号 and no 成文日期 for the bureau to register it by.
    const filing = files.find((f) => f.file === file);
    expect(filing?.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.rule)).toEqual(['incomplete-document', 'incomplete-document']);
    expect(filing?.status).toBe('warning');
  });
});

describe('catalog verify: a withdrawal in the row of a baseline item', () => {
  it('a 备注 cell saying 暂不公开 on 招生计划 is an error, on its row', () => {
    const found = withdrawn('word-note.docx');
    const line = ROWS.findIndex((r) => r[1] === '招生计划') + 2;
    expect(found.map((d) => [d.severity, d.line])).toEqual([['error', line]]);
    expect(found[0]?.message).toMatch(/^第\d+行（招生计划）：事项“招生计划”（enrollment.plan）的备注写有“本年度暂不公开”/);
    expect(files.find((f) => f.file === 'word-note.docx')?.status).toBe('error');
  });
});
