/**
 * hidden-content, red team round 8 (branch redteam19, Excel; attacks/FINDINGS-office.md): a merged cell whose
 * columns are all hidden, or together too narrow for a character. The 公开渠道 column is split in two (G:H), each
 * row's channel cell merged across both, and both columns hidden (LibreOffice draws no 公开渠道 column at all) or set
 * 0.6 wide. Control: the split column at full width. Also a channel cell set to shrink to fit (alignment.shrinkToFit)
 * whose text is padded with 150 ideographic spaces: Excel and LibreOffice shrink the whole line into the column, and
 * 政府网站 is drawn too small to see (LibreOffice: the cell looks empty); control: 政府网站 alone shrinks not at all.
 */
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEXT_ROWS } from './office-table.js';
import { SHEET_CHANNEL as CHANNEL, SHEET_ROW as ROW, sheetFilings } from './sheet-filing.js';
import { findingsOf, verifyFolder, type VerifiedFile } from './verify-folder.js';

const LAST = TEXT_ROWS.length + 2;

type Trick = (ws: ExcelJS.Worksheet) => void;

/** The channel column split into G and H, every row's channel cell merged across both, the columns `width` wide (or hidden). */
const split =
  (width: number | 'hidden'): Trick =>
  (ws) => {
    ws.spliceColumns(CHANNEL + 1, 0, []);
    for (let r = 2; r <= LAST; r++) ws.mergeCells(r, CHANNEL, r, CHANNEL + 1);
    for (const c of [CHANNEL, CHANNEL + 1]) {
      if (width === 'hidden') ws.getColumn(c).hidden = true;
      else ws.getColumn(c).width = width;
    }
  };

/** 招生计划's channel cell set to shrink to fit its column (alignment.shrinkToFit), its text `text`. */
const shrunk =
  (text: string): Trick =>
  (ws) => {
    const cell = ws.getRow(ROW).getCell(CHANNEL);
    cell.value = text;
    cell.alignment = { shrinkToFit: true };
  };

const TRICKS: Readonly<Record<string, Trick>> = {
  'merged-hidden': split('hidden'),
  'merged-narrow': split(0.6),
  'merged-wide': split(8),
  'shrink-padded': shrunk(`政府网站${'\u3000'.repeat(150)}`),
  'shrink-plain': shrunk('政府网站'),
};

let files: VerifiedFile[] = [];
const filing = (name: string): VerifiedFile | undefined => files.find((f) => f.file === `${name}.xlsx`);
const hidden = (name: string): VerifiedFile['diagnostics'] => findingsOf(files, `${name}.xlsx`, 'hidden-content');

beforeAll(async () => {
  const tricks = Object.fromEntries(Object.entries(TRICKS).map(([name, sheet]) => [name, { sheet }]));
  files = verifyFolder('sheet-round8-', await sheetFilings(tricks, 14));
  expect(files.length).toBe(Object.keys(TRICKS).length);
}, 180_000);

describe('Excel: a merged cell over hidden or narrow columns (attack o1)', () => {
  it.each(['merged-hidden', 'merged-narrow'])('%s: every channel cell is refused as a hidden column', (name) => {
    const found = hidden(name);
    expect(found.find((d) => d.line === ROW)?.message).toMatch(/隐藏的列或窄得放不下一个字的列“政府网站/);
    expect(found.length).toBeGreaterThanOrEqual(TEXT_ROWS.length);
    expect(filing(name)?.status).toBe('error');
  });
  it('the same merged cells at full width show (control)', () => {
    expect(hidden('merged-wide')).toEqual([]);
    expect(filing('merged-wide')?.status).not.toBe('error');
  });
});

describe('Excel: text shrunk to fit its column, padded with spaces (attack o4)', () => {
  it('政府网站 and 150 ideographic spaces shrunk into a column 14 wide is refused as tiny (LibreOffice shows the cell empty)', () => {
    const found = hidden('shrink-padded');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', line: ROW });
    expect(found[0]?.message).toMatch(/字号极小（小于 4 磅）或压缩得看不见的文字“政府网站”/);
  });
  it('a short text set to shrink fits as it is (control)', () => {
    expect(hidden('shrink-plain')).toEqual([]);
    expect(filing('shrink-plain')?.status).not.toBe('error');
  });
});
