/**
 * unreadable-cell: a hand-made table's blank element cells and tick marks that are neither a tick nor a no are
 * refused by verify (red team: ☐, x, ✕, 否。, 不公开 in the 主动 column were read as ticks; blank cells inherited
 * the baseline, so a table showing no content, time limit or method verified clean).
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
const TARGET = ROWS.findIndex((r) => r[1] === '招生计划');
/** Row number of 招生计划 in the Word table (header = 1). */
const LINE = TARGET + 2;
const [CONTENT, TIME, CHANNEL, ACTIVE, ON_REQUEST] = [2, 4, 6, 9, 10];

function edited(edit: (row: string[]) => void): string[][] {
  const rows = ROWS.map((r) => [...r]);
  edit(rows[TARGET] as string[]);
  return rows;
}

const wordTable = (head: readonly string[], rows: readonly string[][]): docx.Table =>
  new docx.Table({
    rows: [head, ...rows].map(
      (cells) => new docx.TableRow({ children: cells.map((text) => new docx.TableCell({ children: text.split('\n').map((l) => new docx.Paragraph(l)) })) }),
    ),
  });

/** A Word filing of one table, or of several (each [head, rows]) with a line between them. */
async function word(rows: readonly string[][], head = HEAD, more: readonly (readonly [readonly string[], readonly string[][]])[] = []): Promise<Uint8Array> {
  const doc = new docx.Document({
    sections: [
      {
        children: [
          new docx.Paragraph('延津县义务教育领域基层政务公开标准目录'),
          wordTable(head, rows),
          ...more.flatMap(([h, r]) => [new docx.Paragraph('调整事项'), wordTable(h, r)]),
        ],
      },
    ],
  });
  return new Uint8Array(await docx.Packer.toBuffer(doc));
}

/** The same with 公开方式 written as words in one column. */
const TEXT_HEAD = [...HEAD.slice(0, 9), '公开方式', ...HEAD.slice(11)];
const textRows = (method: string): string[][] => ROWS.map((r, i) => [...r.slice(0, 9), i === TARGET ? method : r[9] ? '主动' : '依申请', ...r.slice(11)]);

const MARKS: Readonly<Record<string, string>> = { box: '☐', x: 'x', cross: '✕', no: '否。', words: '不公开', ballot: '☒' };

interface Filing {
  file: string;
  status?: string;
  diagnostics: { rule: string; severity: string; line: number; message: string }[];
}
let files: Filing[] = [];
let english: Filing[] = [];
const of = (file: string): Filing['diagnostics'] => files.find((f) => f.file === file)?.diagnostics ?? [];
const unreadable = (file: string): Filing['diagnostics'] => of(file).filter((d) => d.rule === 'unreadable-cell');

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'unreadable-cell-'));
  writeFileSync(join(dir, 'clean.docx'), await word(ROWS));
  for (const [name, mark] of Object.entries(MARKS))
    writeFileSync(
      join(dir, `mark-${name}.docx`),
      await word(
        edited((r) => {
          r[ACTIVE] = mark;
          r[ON_REQUEST] = '√';
        }),
      ),
    );
  writeFileSync(
    join(dir, 'tick-v.docx'),
    await word(
      edited((r) => {
        r[ACTIVE] = 'V';
      }),
    ),
  );
  writeFileSync(
    join(dir, 'blank-content.docx'),
    await word(
      edited((r) => {
        r[CONTENT] = '';
      }),
    ),
  );
  writeFileSync(
    join(dir, 'blank-time.docx'),
    await word(
      edited((r) => {
        r[TIME] = '';
      }),
    ),
  );
  writeFileSync(
    join(dir, 'blank-channel.docx'),
    await word(
      edited((r) => {
        r[CHANNEL] = '';
      }),
    ),
  );
  writeFileSync(
    join(dir, 'blank-method.docx'),
    await word(
      edited((r) => {
        r[ACTIVE] = '';
        r[ON_REQUEST] = '';
      }),
    ),
  );
  writeFileSync(join(dir, 'text-negated.docx'), await word(textRows('非主动公开（依申请）'), TEXT_HEAD));
  writeFileSync(join(dir, 'text-plain.docx'), await word(textRows('主动'), TEXT_HEAD));
  // The same item twice, in one table or in a second one: the second row says 依申请 only and 政府网站 only.
  const bad = edited((r) => {
    r[ACTIVE] = '';
    r[ON_REQUEST] = '√';
  })[TARGET] as string[];
  writeFileSync(join(dir, 'twice-row.docx'), await word([...ROWS.slice(0, TARGET + 1), bad, ...ROWS.slice(TARGET + 1)]));
  writeFileSync(join(dir, 'twice-table.docx'), await word(ROWS, HEAD, [[HEAD, [bad]]]));
  // A column the reader understands but the program does not (公开形式), and a second 依申请 column.
  const renamed = HEAD.map((h) => (h === '主动' ? '主动形式' : h));
  writeFileSync(
    join(dir, 'column-renamed.docx'),
    await word(
      edited((r) => {
        r[ACTIVE] = '否';
      }),
      renamed,
    ),
  );
  writeFileSync(
    join(dir, 'column-twice.docx'),
    await word(
      edited((r) => {
        r.push('√');
      }).map((r, i) => (i === TARGET ? r : [...r, ''])),
      [...HEAD, '依申请'],
    ),
  );
  // Columns in another order are read by their headers: no finding.
  const order = [0, 1, 6, 5, 4, 3, 2, 12, 11, 10, 9, 8, 7];
  writeFileSync(
    join(dir, 'column-order.docx'),
    await word(
      ROWS.map((r) => order.map((i) => r[i] as string)),
      order.map((i) => HEAD[i] as string),
    ),
  );
  // 招生计划's name cell merged down over a second line that says 60 working days (a reader sees both).
  const mergedRows = [HEAD, ...ROWS].map(
    (cells, i) =>
      new docx.TableRow({
        children: cells.map(
          (text, c) =>
            new docx.TableCell({
              children: text.split('\n').map((l) => new docx.Paragraph(l)),
              ...(i === TARGET + 1 && c === 1 ? { rowSpan: 2 } : {}),
            }),
        ),
      }),
  );
  const second =
    ROWS[TARGET]?.map((_, c) => (c === 4 ? '信息形成或者变更之日起60个工作日内' : c === 0 ? (ROWS[TARGET]?.[0] ?? '') : '')).filter((_, c) => c !== 1) ?? [];
  mergedRows.splice(TARGET + 2, 0, new docx.TableRow({ children: second.map((text) => new docx.TableCell({ children: [new docx.Paragraph(text)] })) }));
  const mergedDoc = new docx.Document({
    sections: [{ children: [new docx.Paragraph('延津县义务教育领域基层政务公开标准目录'), new docx.Table({ rows: mergedRows })] }],
  });
  writeFileSync(join(dir, 'merged-split.docx'), new Uint8Array(await docx.Packer.toBuffer(mergedDoc)));
  // The catalogue framed by a one-cell layout table, 招生计划 on request only.
  const frame = new docx.Table({
    rows: [
      new docx.TableRow({
        children: [
          new docx.TableCell({
            children: [
              wordTable(
                HEAD,
                edited((r) => {
                  r[ACTIVE] = '';
                  r[ON_REQUEST] = '√';
                }),
              ),
              new docx.Paragraph(''),
            ],
          }),
        ],
      }),
    ],
  });
  writeFileSync(
    join(dir, 'nested.docx'),
    new Uint8Array(
      await docx.Packer.toBuffer(new docx.Document({ sections: [{ children: [new docx.Paragraph('延津县义务教育领域基层政务公开标准目录'), frame] }] })),
    ),
  );
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('目录');
  ws.addRow(['延津县义务教育领域基层政务公开标准目录']);
  ws.addRow(HEAD);
  for (const r of edited((row) => {
    row[ACTIVE] = '□';
    row[ON_REQUEST] = '√';
  }))
    ws.addRow(r);
  writeFileSync(join(dir, 'sheet-box.xlsx'), new Uint8Array(await wb.xlsx.writeBuffer()));
  const r = runCli(['verify', '.', '--format', 'json'], dir, {}, 120_000);
  files = (JSON.parse(r.stdout) as { files: Filing[] }).files;
  const en = runCli(['verify', 'mark-box.docx', 'blank-content.docx', '--format', 'json', '--lang', 'en'], dir, {}, 120_000);
  english = (JSON.parse(en.stdout) as { files: Filing[] }).files;
}, 180_000);

describe('catalog verify: tick marks that are not ticks', () => {
  it('a clean table and plain ticks (√, V) verify without error', () => {
    expect(files.find((f) => f.file === 'clean.docx')?.status).not.toBe('error');
    expect(files.find((f) => f.file === 'tick-v.docx')?.status).not.toBe('error');
    expect(unreadable('tick-v.docx')).toEqual([]);
  });
  it.each(['box', 'x', 'cross', 'no'])('%s in the 主动 column is read as not ticked: 主动 is dropped', (name) => {
    const diags = of(`mark-${name}.docx`);
    expect(diags.some((d) => d.rule === 'weakened-method' && d.severity === 'error' && d.line === LINE)).toBe(true);
  });
  it.each(['words', 'ballot'])('%s in the 主动 column is an unreadable mark (error) and read as not ticked', (name) => {
    const found = unreadable(`mark-${name}.docx`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', line: LINE });
    expect(found[0]?.message).toMatch(/^第\d+行（招生计划）的“公开方式·主动”一栏写的是“/);
    expect(of(`mark-${name}.docx`).some((d) => d.rule === 'weakened-method')).toBe(true);
  });
  it('an Excel □ is read as not ticked', () => {
    expect(of('sheet-box.xlsx').some((d) => d.rule === 'weakened-method' && d.severity === 'error')).toBe(true);
  });
  it('a 公开方式 text cell that denies 主动 is not read as 主动', () => {
    expect(unreadable('text-negated.docx')).toHaveLength(1);
    expect(unreadable('text-negated.docx')[0]).toMatchObject({ severity: 'error', line: LINE });
    expect(files.find((f) => f.file === 'text-negated.docx')?.status).toBe('error');
    expect(files.find((f) => f.file === 'text-plain.docx')?.status).not.toBe('error');
  });
});

describe('catalog verify: blank cells are not "as the baseline"', () => {
  it.each([
    ['content', '公开内容'],
    ['time', '公开时限'],
    ['channel', '公开渠道'],
    ['method', '公开方式'],
  ])('a blank %s cell is an error on its row', (name, column) => {
    const found = unreadable(`blank-${name}.docx`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', line: LINE });
    expect(found[0]?.message).toContain(`第${LINE}行（招生计划）的“${column}”一栏是空的`);
    expect(files.find((f) => f.file === `blank-${name}.docx`)?.status).toBe('error');
  });
  it('speaks English with --lang en', () => {
    const en = english
      .flatMap((f) => f.diagnostics)
      .filter((d) => d.rule === 'unreadable-cell')
      .map((d) => d.message);
    expect(en.some((m) => /row \d+ \(招生计划\): the "content" cell is blank/.test(m))).toBe(true);
  });
});

describe('catalog verify: rows and columns a hand-made table states twice or that are not read', () => {
  it.each(['twice-row', 'twice-table'])('%s: an item listed twice is an error on the second row', (name) => {
    const found = unreadable(`${name}.docx`).filter((d) => /同一个事项/.test(d.message));
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(/第\d+行（招生计划）与(表1)?第\d+行是同一个事项/);
    expect(files.find((f) => f.file === `${name}.docx`)?.status).toBe('error');
  });
  it('a column whose header is not an element is not silently ignored', () => {
    const found = unreadable('column-renamed.docx').filter((d) => d.line === 1);
    expect(found.map((d) => d.message)).toEqual([expect.stringMatching(/^第1行（表头）第10列“主动形式”认不出是哪个要素/)]);
    expect(files.find((f) => f.file === 'column-renamed.docx')?.status).toBe('error');
  });
  it('a second column for the same tick value is an error', () => {
    expect(unreadable('column-twice.docx').map((d) => d.message)).toEqual([expect.stringMatching(/^第1行（表头）第14列“依申请”与前面的一列是同一要素/)]);
  });
  it('columns in another order are read by their headers', () => {
    expect(files.find((f) => f.file === 'column-order.docx')?.status).not.toBe('error');
    expect(unreadable('column-order.docx')).toEqual([]);
  });
});

describe('catalog verify: an item cell merged over two rows that say different things', () => {
  it('a second time limit on the merged line is an error, not ignored', () => {
    const found = unreadable('merged-split.docx').filter((d) => /合并了下面一行/.test(d.message));
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('“公开时限”写的是“信息形成或者变更之日起60个工作日内”');
    expect(files.find((f) => f.file === 'merged-split.docx')?.status).toBe('error');
  });
});

describe('catalog verify: a catalogue table nested in a layout table', () => {
  it('is read (it was 未核验, a warning), under the title above the frame', () => {
    const diags = of('nested.docx');
    expect(diags.some((d) => d.rule === 'weakened-method' && d.severity === 'error' && d.line === LINE)).toBe(true);
    expect(diags.some((d) => d.rule === 'unverified-file')).toBe(false);
  });
});
