/**
 * hidden-content, red team round 7 (branch redteam15, Excel): 政府网站 in 招生计划's channel cell in a font colour
 * close to its fill but more than 24 a channel away (#333333 on #1A1A1A, #E0E0E0 on white), and a black picture
 * laid over the cell with an absolute anchor (xdr:absoluteAnchor: a place on the sheet, no cell named). Controls:
 * black on grey and yellow headers, white on dark blue, grey on white; the same absolute picture below the table.
 * An indent (alignment.indent) wider than the column pushes the text past the cell's edge. A conditional format
 * that only fills the cell black is pinned as refused.
 */
import type ExcelJS from 'exceljs';
import { strFromU8, strToU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEXT_ROWS } from './office-table.js';
import { SHEET_CHANNEL as CHANNEL, SHEET_ROW as ROW, sheetFilings, type SheetTrick } from './sheet-filing.js';
import { findingsOf, verifyFolder, type VerifiedFile } from './verify-folder.js';

/** A black 1×1 PNG. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNgYGAAAAAEAAH2FzhVAAAAAElFTkSuQmCC';
/** Excel's default column (8.43 characters: 64 px) and a row of 15 pt, in EMU. */
const COLUMN = 64 * 9525;
const ROW_HEIGHT = 15 * 12700;

const target = (ws: ExcelJS.Worksheet): ExcelJS.Cell => ws.getRow(ROW).getCell(CHANNEL);
const coloured = (font: string, fill?: string): SheetTrick => ({
  sheet: (ws) => {
    target(ws).font = { color: { argb: `FF${font}` } };
    if (fill) target(ws).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${fill}` } };
  },
});
/**
 * A black picture laid at (`col`, `row`) of the sheet (0-based, a third into the cell) with an absolute anchor. Every
 * row is set to 15 pt so that Excel, LibreOffice and the reader agree where that is.
 */
const absolute = (col: number, row: number): SheetTrick => ({
  sheet: (ws, wb) => {
    for (let r = 1; r <= ws.rowCount; r++) ws.getRow(r).height = 15;
    ws.addImage(wb.addImage({ base64: PNG, extension: 'png' }), 'A1:A1');
  },
  parts: (p) => {
    const name = 'xl/drawings/drawing1.xml';
    const before = strFromU8(p[name] as Uint8Array);
    const x = Math.round(col * COLUMN + COLUMN / 3);
    const y = Math.round(row * ROW_HEIGHT + ROW_HEIGHT / 3);
    const after = before
      .replace(/<xdr:twoCellAnchor[^>]*>.*?<\/xdr:to>/s, `<xdr:absoluteAnchor><xdr:pos x="${x}" y="${y}"/><xdr:ext cx="${COLUMN / 2}" cy="${ROW_HEIGHT / 3}"/>`)
      .replace('</xdr:twoCellAnchor>', '</xdr:absoluteAnchor>')
      .replace('<a:ext cx="0" cy="0"/>', `<a:ext cx="${COLUMN / 2}" cy="${ROW_HEIGHT / 3}"/>`);
    expect(after).toContain('<xdr:absoluteAnchor>');
    p[name] = strToU8(after);
  },
});

const TRICKS: Readonly<Record<string, SheetTrick>> = {
  'grey333-on-1a': coloured('333333', '1A1A1A'),
  'greye0-on-white': coloured('E0E0E0'),
  'black-on-grey': coloured('000000', 'D9D9D9'),
  'black-on-yellow': coloured('000000', 'FFFF00'),
  'white-on-navy': coloured('FFFFFF', '1F4E78'),
  'grey-on-white': coloured('808080'),
  'absolute': absolute(CHANNEL - 1, ROW - 1),
  'absolute-below': absolute(CHANNEL - 1, TEXT_ROWS.length + 4),
  'indent-out': { sheet: (ws) => void (target(ws).alignment = { horizontal: 'left', indent: 15 }) },
  'indent-small': { sheet: (ws) => void (target(ws).alignment = { horizontal: 'left', indent: 2 }) },
  'cf-fill': {
    sheet: (ws) => {
      target(ws).font = { color: { argb: 'FF000000' } };
      ws.addConditionalFormatting({
        ref: `G${ROW}`,
        rules: [{ type: 'expression', priority: 1, formulae: ['TRUE'], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FF000000' } } } }],
      });
    },
  },
};

let files: VerifiedFile[] = [];
const filing = (name: string): VerifiedFile | undefined => files.find((f) => f.file === `${name}.xlsx`);
const hidden = (name: string): VerifiedFile['diagnostics'] => findingsOf(files, `${name}.xlsx`, 'hidden-content');

beforeAll(async () => {
  files = verifyFolder('sheet-round7-', await sheetFilings(TRICKS, 14));
  expect(files.length).toBe(Object.keys(TRICKS).length);
}, 180_000);

/** One hidden-content error on 招生计划's row, hidden `how`. */
function refused(name: string, how: RegExp): void {
  const found = hidden(name);
  expect(found).toHaveLength(1);
  expect(found[0]).toMatchObject({ severity: 'error', line: ROW });
  expect(found[0]?.message).toMatch(how);
  expect(filing(name)?.status).toBe('error');
}

describe('Excel colours by contrast (attack 70)', () => {
  it.each(['grey333-on-1a', 'greye0-on-white'])('%s: a contrast under 1.5 is refused', (name) => {
    refused(name, /白色或与底色相同颜色的文字“政府网站”/);
  });
  it.each(['black-on-grey', 'black-on-yellow', 'white-on-navy', 'grey-on-white'])('%s shows (control)', (name) => {
    expect(hidden(name)).toEqual([]);
    expect(filing(name)?.status).not.toBe('error');
  });
});

describe('Excel: a picture with an absolute anchor (attack 74)', () => {
  it('a black picture placed over the channel cell by sheet position is refused', () => {
    refused('absolute', /单元格中的图片、图形或文本框（可能遮住文字，其中的字不读）“政府网站”/);
  });
  it('the same picture below the table (where a seal goes) is normal (control)', () => {
    expect(hidden('absolute-below')).toEqual([]);
    expect(filing('absolute-below')?.status).not.toBe('error');
  });
});

describe('Excel: an indent wider than the column (attack 77)', () => {
  it('政府网站 indented 15 levels in a column 14 wide is pushed past the cell (LibreOffice shows the cell empty)', () => {
    refused('indent-out', /段落缩进把文字推出单元格的文字.*“政府网站”/);
  });
  it('an indent of two levels stays in the cell (control)', () => {
    expect(hidden('indent-small')).toEqual([]);
    expect(filing('indent-small')?.status).not.toBe('error');
  });
});

describe('Excel: a conditional format that only fills the cell black (tried, caught)', () => {
  it('is refused as a format that shows something else', () => {
    refused('cf-fill', /不显示内容或改变显示内容的数字格式、条件格式或样式“政府网站”/);
  });
});
