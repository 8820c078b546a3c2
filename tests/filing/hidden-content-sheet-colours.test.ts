/**
 * hidden-content, red team round 10 (Excel): ways to hide 政府网站 in 招生计划's channel cell that the reader did
 * not resolve — a number format colour ([White]@, [Color2]@), an indexed colour (the file's own palette too), a theme
 * colour with a tint or from the file's own theme, a gradient or pattern fill as dark as the text, a column too narrow
 * for one character, and a picture or shape laid over the cell. A seal picture over the 落款 below the table is normal.
 */
import type ExcelJS from 'exceljs';
import { strFromU8, strToU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHEET_CHANNEL as CHANNEL, SHEET_ROW as ROW, sheetFilings, type SheetTrick } from './sheet-filing.js';
import { findingsOf, verifyFolder, type VerifiedFile } from './verify-folder.js';

const BLACK = { argb: 'FF000000' };
/** A white 1×1 PNG. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC';

const target = (ws: ExcelJS.Worksheet): ExcelJS.Cell => ws.getRow(ROW).getCell(CHANNEL);
const edit = (parts: Record<string, Uint8Array>, name: string, change: (xml: string) => string): void => {
  const before = strFromU8(parts[name] as Uint8Array);
  const after = change(before);
  expect(after).not.toBe(before);
  parts[name] = strToU8(after);
};
/** A picture over cells `range` of the sheet. */
const picture =
  (range: string | { tl: { col: number; row: number }; ext: { width: number; height: number } }) => (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => {
    ws.addImage(wb.addImage({ base64: PNG, extension: 'png' }), range as never);
  };

const TRICKS: Readonly<Record<string, SheetTrick>> = {
  'format-white': { sheet: (ws) => void (target(ws).numFmt = '[White]@') },
  'format-color2': { sheet: (ws) => void (target(ws).numFmt = '[Color2]@') },
  'format-red': { sheet: (ws) => void (target(ws).numFmt = '[Red]@') },
  'indexed-white': { sheet: (ws) => void (target(ws).font = { color: { indexed: 9 } as never }) },
  // Index 10 is red in Excel's palette; this file redefines it as white.
  'indexed-custom': {
    sheet: (ws) => void (target(ws).font = { color: { indexed: 10 } as never }),
    parts: (p) =>
      edit(p, 'xl/styles.xml', (x) =>
        x.replace('</styleSheet>', `<colors><indexedColors>${'<rgbColor rgb="FFFFFFFF"/>'.repeat(64)}</indexedColors></colors></styleSheet>`),
      ),
  },
  'theme-tint': { sheet: (ws) => void (target(ws).font = { color: { theme: 1, tint: 0.95 } as never }) },
  'theme-custom': {
    sheet: (ws) => void (target(ws).font = { color: { theme: 1 } as never }),
    parts: (p) => edit(p, 'xl/theme/theme1.xml', (x) => x.replace(/<a:dk1>.*?<\/a:dk1>/s, '<a:dk1><a:srgbClr val="FFFFFF"/></a:dk1>')),
  },
  'theme-accent': { sheet: (ws) => void (target(ws).font = { color: { theme: 4 } as never }) },
  'gradient': {
    sheet: (ws) => {
      target(ws).font = { color: BLACK };
      target(ws).fill = {
        type: 'gradient',
        gradient: 'angle',
        degree: 0,
        stops: [
          { position: 0, color: BLACK },
          { position: 1, color: BLACK },
        ],
      };
    },
  },
  'pattern': {
    sheet: (ws) => {
      target(ws).font = { color: BLACK };
      target(ws).fill = { type: 'pattern', pattern: 'lightGray', fgColor: BLACK, bgColor: BLACK };
    },
  },
  'pattern-grey': {
    sheet: (ws) => {
      target(ws).font = { color: BLACK };
      target(ws).fill = { type: 'pattern', pattern: 'lightGray', fgColor: BLACK, bgColor: { argb: 'FFFFFFFF' } };
    },
  },
  'narrow': { sheet: (ws) => void (ws.getColumn(CHANNEL).width = 1) },
  'two-cell': { sheet: picture(`G${ROW}:G${ROW}`) },
  'one-cell': { sheet: picture({ tl: { col: CHANNEL - 1, row: ROW - 1 }, ext: { width: 60, height: 15 } }) },
  // The channel cell in Wingdings: 政府网站 drawn as pictures or in a fallback font; a tick cell written as Wingdings ü.
  'wingdings': { sheet: (ws) => void (target(ws).font = { name: 'Wingdings' }) },
  'wingdings-u': {
    sheet: (ws) => {
      target(ws).value = 'ü';
      target(ws).font = { name: 'Wingdings' };
    },
  },
  // A sheet background picture (a black one would make the black text unreadable).
  'background': { sheet: (ws, wb) => ws.addBackgroundImage(wb.addImage({ base64: PNG, extension: 'png' })) },
  // The same picture with every cell of the table filled white: the fills cover it.
  'background-filled': {
    sheet: (ws, wb) => {
      ws.addBackgroundImage(wb.addImage({ base64: PNG, extension: 'png' }));
      ws.eachRow((row) => {
        for (let c = 1; c <= ws.columnCount; c++) row.getCell(c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFFFF' } };
      });
    },
  },
  // A seal over the signature and date lines under the table.
  'seal': {
    sheet: (ws, wb) => {
      const last = ws.rowCount;
      ws.getRow(last + 2).getCell(CHANNEL).value = '延津县教育局';
      ws.getRow(last + 3).getCell(CHANNEL).value = '2020年10月29日';
      picture(`F${last + 1}:H${last + 4}`)(ws, wb);
    },
  },
};

let files: VerifiedFile[] = [];
const filing = (name: string): VerifiedFile | undefined => files.find((f) => f.file === `${name}.xlsx`);
const hidden = (name: string): VerifiedFile['diagnostics'] => findingsOf(files, `${name}.xlsx`, 'hidden-content');

beforeAll(async () => {
  files = verifyFolder('sheet-colours-', await sheetFilings(TRICKS));
}, 180_000);

describe('Excel colours the reader did not resolve', () => {
  it.each([
    ['format-white', 'attack 37: [White]@'],
    ['format-color2', 'attack 37: [Color2]@, white in the palette'],
    ['indexed-white', 'attack 38: indexed colour 9'],
    ['indexed-custom', "attack 38: indexed colour 10 of the file's own palette"],
    ['theme-tint', 'attack 38: dark 1 tinted 95 % lighter'],
    ['theme-custom', "attack 38: dark 1 of the file's own theme made white"],
    ['gradient', 'attack 39: black text on a black gradient'],
    ['pattern', 'attack 39: black text on a black pattern'],
  ])('%s is white or like its background (%s)', (name) => {
    const found = hidden(name);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', line: ROW });
    expect(found[0]?.message).toMatch(/白色或与底色相同颜色的文字“政府网站”/);
  });
  it.each(['format-red', 'theme-accent', 'pattern-grey'])('%s shows, and is read (control)', (name) => {
    expect(hidden(name)).toEqual([]);
    expect(filing(name)?.status).not.toBe('error');
  });
});

describe('Excel: a column too narrow for a character (attack 43)', () => {
  it('the channel column one unit wide is refused like a hidden column, on every row', () => {
    const found = hidden('narrow');
    expect(found.length).toBeGreaterThan(1);
    expect(found.find((d) => d.line === ROW)?.message).toMatch(/隐藏的列或窄得放不下一个字的列“政府网站”/);
  });
});

describe('Excel: pictures and shapes over the table (attack 44)', () => {
  it.each(['two-cell', 'one-cell'])('a picture anchored %s over the channel cell is refused', (name) => {
    const found = hidden(name);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', line: ROW });
    expect(found[0]?.message).toMatch(/单元格中的图片、图形或文本框（可能遮住文字，其中的字不读）“政府网站”/);
  });
  it('a seal picture over the 落款 below the table is normal (control)', () => {
    expect(hidden('seal')).toEqual([]);
    expect(filing('seal')?.status).not.toBe('error');
  });
});

describe('Excel: a sheet background picture (attack 47)', () => {
  it('text over a background picture is refused, row by row', () => {
    const found = hidden('background');
    expect(found.length).toBeGreaterThan(1);
    expect(found.find((d) => d.line === ROW)?.message).toMatch(/工作表背景图片上的文字/);
    expect(filing('background')?.status).toBe('error');
  });
  it('cells filled over the background picture cover it (control)', () => {
    expect(hidden('background-filled')).toEqual([]);
    expect(filing('background-filled')?.status).not.toBe('error');
  });
});

describe('Excel: a symbol font (attack 46)', () => {
  it.each(['wingdings', 'wingdings-u'])('%s: the cell in Wingdings is refused as a symbol font', (name) => {
    const found = hidden(name);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', line: ROW });
    expect(found[0]?.message).toMatch(/符号字体（Wingdings、Symbol 等）或插入的符号/);
  });
});
