/**
 * A hand-made table with no column at all for one of the nine elements (公开依据; or no 公开方式 column and none of its
 * tick columns) does not show that element for any item. Red team: every row silently took the baseline's value and the
 * filing verified clean. verify now refuses it (unreadable-cell, one error per missing element, on the header row);
 * import still fills the element from the baseline but says so.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as docx from 'docx';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { TICK_HEAD, TICK_ROWS } from './office-table.js';

const HEAD = TICK_HEAD;
const ROWS = TICK_ROWS;

/** The table without the columns whose header is in `drop`. */
function without(drop: readonly string[]): [string[], string[][]] {
  const keep = HEAD.map((h, i) => (drop.includes(h) ? -1 : i)).filter((i) => i >= 0);
  return [keep.map((i) => HEAD[i] as string), ROWS.map((r) => keep.map((i) => r[i] as string))];
}

async function word([head, rows]: [string[], string[][]]): Promise<Uint8Array> {
  const table = new docx.Table({
    rows: [head, ...rows].map(
      (cells) => new docx.TableRow({ children: cells.map((t) => new docx.TableCell({ children: t.split('\n').map((l) => new docx.Paragraph(l)) })) }),
    ),
  });
  const doc = new docx.Document({ sections: [{ children: [new docx.Paragraph('延津县义务教育领域基层政务公开标准目录'), table] }] });
  return new Uint8Array(await docx.Packer.toBuffer(doc));
}

async function sheet([head, rows]: [string[], string[][]]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('目录');
  ws.addRow(['延津县义务教育领域基层政务公开标准目录']);
  ws.addRow(head);
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

interface Filing {
  file: string;
  status?: string;
  diagnostics: { rule: string; severity: string; line: number; message: string }[];
}
let files: Filing[] = [];
let english: Filing[] = [];
let dir = '';
const of = (list: Filing[], file: string): Filing['diagnostics'] => list.find((f) => f.file === file)?.diagnostics ?? [];
const missing = (list: Filing[], file: string): Filing['diagnostics'] =>
  of(list, file).filter((d) => d.rule === 'unreadable-cell' && /没有“|has no "/.test(d.message));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'missing-column-'));
  writeFileSync(join(dir, 'full.docx'), await word(without([])));
  writeFileSync(join(dir, 'no-basis.docx'), await word(without(['公开依据'])));
  writeFileSync(join(dir, 'no-method.docx'), await word(without(['主动', '依申请'])));
  writeFileSync(join(dir, 'no-level-one-tick.docx'), await word(without(['乡级'])));
  writeFileSync(join(dir, 'no-time.xlsx'), await sheet(without(['公开时限', '公开主体'])));
  files = (JSON.parse(runCli(['verify', '.', '--format', 'json'], dir, {}, 120_000).stdout) as { files: Filing[] }).files;
  english = (
    JSON.parse(runCli(['verify', 'no-basis.docx', 'no-method.docx', '--format', 'json', '--lang', 'en'], dir, {}, 120_000).stdout) as { files: Filing[] }
  ).files;
}, 180_000);

describe('catalog verify: a hand-made table without a column for an element', () => {
  it('a table with every element verifies without such an error', () => {
    expect(missing(files, 'full.docx')).toEqual([]);
    expect(files.find((f) => f.file === 'full.docx')?.status).not.toBe('error');
  });
  it('no 公开依据 column: one error on the header row, naming the column and what to do', () => {
    const found = missing(files, 'no-basis.docx');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', line: 1 });
    expect(found[0]?.message).toBe(
      '第1行（表头）没有“公开依据”一栏：备案表格没有写出各事项的公开依据，不能当作“沿用市级目录”，这一要素无法核验。请要求报送单位在表格中加上“公开依据”一栏、逐项写明后重新报送',
    );
    expect(files.find((f) => f.file === 'no-basis.docx')?.status).toBe('error');
  });
  it('no 公开方式 column and none of its tick columns: an error for the group', () => {
    const found = missing(files, 'no-method.docx');
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(/^第1行（表头）没有“公开方式”一栏，也没有它的勾选栏（主动、依申请）/);
    expect(files.find((f) => f.file === 'no-method.docx')?.status).toBe('error');
  });
  it('a tick group with some of its columns is not missing (县级 without 乡级)', () => {
    expect(missing(files, 'no-level-one-tick.docx')).toEqual([]);
  });
  it('an Excel sheet without 公开时限 and 公开主体: one error each, on the header row of the sheet', () => {
    const found = missing(files, 'no-time.xlsx');
    expect(found.map((d) => [d.severity, d.line])).toEqual([
      ['error', 2],
      ['error', 2],
    ]);
    expect(found.map((d) => /没有“(.+?)”一栏/.exec(d.message)?.[1]).sort()).toEqual(['公开主体', '公开时限'].sort());
  });
  it('speaks English with --lang en', () => {
    expect(missing(english, 'no-basis.docx').map((d) => d.message)).toEqual([expect.stringMatching(/^row 1 \(the header\) has no "basis" column: /)]);
    expect(missing(english, 'no-method.docx')[0]?.message).toMatch(/has no "method" column nor tick columns for it \(主动、依申请\)/);
  });
});

describe('catalog import: a table without a column for an element', () => {
  it('fills it from the baseline, and says so in a warning line', () => {
    const r = runCli(['import', 'no-basis.docx', '--id', 'yanjin', '--dry-run'], dir, {}, 120_000);
    expect(r.stdout).toContain('警告：第1行（表头）没有“公开依据”一栏，表中各事项的这些要素按上级目录填写');
    const full = runCli(['import', 'full.docx', '--id', 'yanjin', '--dry-run'], dir, {}, 120_000);
    expect(full.stdout).not.toContain('表头）没有');
  });
  it('names every missing column on one line, in English too', () => {
    const r = runCli(['import', 'no-time.xlsx', '--id', 'yanjin', '--dry-run', '--lang', 'en'], dir, {}, 120_000);
    expect(r.stdout).toContain('Warning: row 2 (the header) has no column for time limit, subject;');
  });
});
