/** The catalogue table of the 附件 as a fixed-grid Word table: repeated two-row header, unsplittable rows, spanning 一级事项. */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from 'docx';
import type { CatalogueTable, HeaderCell, RowGroup, TableCell as CellModel } from '../../model/index.js';
import { CELL_LINE_HEIGHT, CELL_PADDING_MM, CELL_SIZE_PT } from '../typeset/gbt9704.js';
import { BORDER, mmToTwips, SIZE, textWidthInChars } from './geometry.js';
import { roleFont } from './fonts.js';
import { textRun, type PaintContext } from './text.js';
import { breakLines } from '../typeset/index.js';
import { DOCX_CELL_STYLE } from './cell-style.js';

/**
 * Cell text is 五号 (10.5 pt): the 8 mm tick columns still hold a character beside 1 mm padding, and
 * the longest 公开内容 lists stay within a landscape page; 小四 would stack the narrow headers further.
 */
const CELL_SIZE = SIZE.wuhao;
const CELL_PADDING = mmToTwips(CELL_PADDING_MM);
/** Twips in a point. */
const TWIPS_PER_PT = 20;
/**
 * A cell line is exactly CELL_LINE_HEIGHT × 五号 (13.65 pt), as in the PDF, and the cell's padding is the
 * PDF's on all four sides: a row is as tall in Word and LibreOffice as in the PDF, whatever the font's
 * own leading, so the table breaks over the same pages and the 版记 falls on the same page.
 */
const CELL_LINE = Math.round(CELL_SIZE_PT * CELL_LINE_HEIGHT * TWIPS_PER_PT);
const CELL_SPACING = { line: CELL_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;
/** Header words stay whole (公开/对象); body cells give up to two characters of a line to end between words (as the PDF). */
const HEADER_WORDS = Infinity;
const CELL_WORDS = 2;

const gridLine = { style: BorderStyle.SINGLE, size: BORDER.grid, color: '000000' } as const;
const GRID_BORDERS = {
  top: gridLine,
  bottom: gridLine,
  left: gridLine,
  right: gridLine,
  insideHorizontal: gridLine,
  insideVertical: gridLine,
};

/**
 * Column widths in twips from the columns' millimetres, scaled to `textWidth` and rounded on the
 * running total so that they add up to exactly the 版心 width.
 */
export function columnTwips(widthsMm: readonly number[], textWidth: number): number[] {
  const total = widthsMm.reduce((sum, w) => sum + w, 0);
  let running = 0;
  let edge = 0;
  return widthsMm.map((w) => {
    running += w;
    const next = Math.round((running / total) * textWidth);
    const width = next - edge;
    edge = next;
    return width;
  });
}

/** The number of lines of a cell given as entries of lines. */
const lineCount = (entries: readonly (readonly string[])[]): number => entries.reduce((n, e) => n + e.length, 0);

/**
 * A cell's entries, one paragraph each, single-spaced, the entry's lines joined by line breaks; the paragraph mark
 * is 五号 in the role's font too, so an empty cell (or the continuation of a merged one) is as tall and placed as a
 * cell with text.
 */
function cellParagraphs(ctx: PaintContext, entries: readonly (readonly string[])[], align: 'left' | 'center', role: 'fang' | 'hei'): Paragraph[] {
  const alignment = align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;
  const texts = entries.length > 0 ? entries : [[]];
  return texts.map(
    (lines) =>
      new Paragraph({
        style: DOCX_CELL_STYLE,
        alignment,
        spacing: CELL_SPACING,
        run: { font: roleFont(ctx.profile, role), size: CELL_SIZE },
        children: lines.filter((line) => line !== '').map((line, k) => textRun(ctx, line, role, { size: CELL_SIZE, breakBefore: k > 0 })),
      }),
  );
}

/** Twips in a half-point. */
const TWIPS_PER_HALF_POINT = 10;
/** Width in characters of CELL_SIZE a cell of `twips` holds inside its padding. */
const charsIn = (twips: number): number => Math.max(1, (twips - 2 * CELL_PADDING) / (CELL_SIZE * TWIPS_PER_HALF_POINT));

/**
 * A cell's text in explicit lines, broken as the PDF breaks them (typeset's breakLines, 避头尾, between words),
 * so Word never re-wraps a line (《中华人民共和国 / 教育法》, not 《中华人民共和国教 / 育法》).
 */
function cellLines(lines: readonly string[], twips: number, words: number): string[][] {
  return lines.map((line) => breakLines(line, charsIn(twips), textWidthInChars, { words }));
}

/** Header text in explicit lines broken between words (公开/对象, never 公开对/象), as the PDF does. */
function headerLines(text: string, twips: number): string[][] {
  return cellLines([text], twips, HEADER_WORDS);
}

/** The height in twips of a row whose tallest cell has `lines` lines (the PDF's boxHeight). */
const rowHeight = (lines: number): number => Math.max(1, lines) * CELL_LINE + 2 * CELL_PADDING;

/** The width in twips under each header cell: row 0 in order, row 1 fills the columns row 0 does not span down. */
function headerWidths(header: CatalogueTable['header'], columnWidths: readonly number[]): [number[], number[]] {
  const sum = (from: number, n: number): number => columnWidths.slice(from, from + n).reduce((a, b) => a + b, 0);
  const free: number[] = [];
  let col = 0;
  const top = header[0].map((cell) => {
    if (cell.rowSpan === 1) for (let i = 0; i < cell.colSpan; i += 1) free.push(col + i);
    const width = sum(col, cell.colSpan);
    col += cell.colSpan;
    return width;
  });
  let at = 0;
  const bottom = header[1].map((cell) => {
    const width = sum(free[at] ?? 0, cell.colSpan);
    at += cell.colSpan;
    return width;
  });
  return [top, bottom];
}

function headerRow(ctx: PaintContext, cells: readonly HeaderCell[], lines: readonly (readonly (readonly string[])[])[]): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: cells.map(
      (cell, i) =>
        new TableCell({
          verticalAlign: VerticalAlignTable.CENTER,
          ...(cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
          ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
          children: cellParagraphs(ctx, lines[i] ?? [], 'center', 'hei'),
        }),
    ),
  });
}

/** The two header rows' heights in twips, as the PDF measures them (a row-spanning cell may deepen row 1). */
function headerHeights(header: CatalogueTable['header'], lines: readonly [string[][][], string[][][]]): number {
  const tallest = (row: 0 | 1) => Math.max(0, ...header[row].map((c, i) => (c.rowSpan === 1 ? rowHeight(lineCount(lines[row][i]!)) : 0)));
  const spanning = Math.max(0, ...header[0].map((c, i) => (c.rowSpan > 1 ? rowHeight(lineCount(lines[0][i]!)) : 0)));
  const first = tallest(0);
  return first + Math.max(tallest(1), spanning - first);
}

/** `merge`: the cell starts (restart) or continues (continue) the 一级事项's vertical merge. */
function bodyCell(ctx: PaintContext, lines: readonly (readonly string[])[], align: CellModel['align'], merge?: 'restart' | 'continue'): TableCell {
  return new TableCell({
    verticalAlign: VerticalAlignTable.CENTER,
    ...(merge === 'restart' ? { verticalMerge: VerticalMergeType.RESTART } : {}),
    ...(merge === 'continue' ? { verticalMerge: VerticalMergeType.CONTINUE } : {}),
    children: cellParagraphs(ctx, lines, align, 'fang'),
  });
}

/** Where the table's pages begin: room on the first page (under the 附件 title) and on the next ones, in twips. */
export interface TableRoom {
  readonly first: number;
  readonly next: number;
}

/**
 * The indexes of the body rows that begin a page, filling each page as the PDF does (rows never split;
 * a row taller than a page stands alone). Word and LibreOffice break the same rows, the heights being exact.
 */
export function pageStartRows(heights: readonly number[], room: TableRoom): Set<number> {
  const starts = new Set<number>();
  let used = 0;
  let limit = room.first;
  heights.forEach((h, i) => {
    if (used + h > limit && (used > 0 || limit < room.next)) {
      starts.add(i);
      [used, limit] = [0, room.next];
    }
    used += h;
  });
  return starts;
}

interface MeasuredRow {
  readonly group: RowGroup;
  readonly first: boolean;
  /** Each cell's entries, each entry its lines. */
  readonly cells: readonly { readonly lines: readonly (readonly string[])[]; readonly align: CellModel['align'] }[];
  readonly height: number;
}

/**
 * The table rows. The 一级事项 cell spans its group's rows on each page (`w:vMerge` restarted where a page
 * begins, the name written again, as the PDF draws it): a merged cell never runs over a page break, where
 * LibreOffice would top-align it and leave the continuation blank. The continuation cells are written here,
 * not left to docx's rowSpan (which gives them a bare 三号 paragraph): centred, 五号, like every other cell.
 */
function bodyRows(ctx: PaintContext, rows: readonly MeasuredRow[], starts: ReadonlySet<number>, categoryIndex: number, nameTwips: number): TableRow[] {
  return rows.map((row, i) => {
    const cells = row.cells.map((cell) => bodyCell(ctx, cell.lines, cell.align));
    if (categoryIndex >= 0) {
      const opens = row.first || starts.has(i);
      const next = rows[i + 1];
      const continues = next !== undefined && next.group === row.group && !starts.has(i + 1);
      const merge = opens ? (continues ? 'restart' : undefined) : 'continue';
      const name = opens ? cellLines([row.group.categoryName], nameTwips, HEADER_WORDS) : [];
      cells.splice(categoryIndex, 0, bodyCell(ctx, name, 'center', merge));
    }
    return new TableRow({ cantSplit: true, children: cells });
  });
}

/** The whole table, filling `textWidth` twips; `room` is the height its rows have on each page. */
export function catalogueTable(ctx: PaintContext, table: CatalogueTable, textWidth: number, room?: TableRoom): Table {
  const columnWidths = columnTwips(
    table.columns.map((c) => c.width),
    textWidth,
  );
  const categoryIndex = table.columns.findIndex((c) => c.key === 'category');
  const rowWidths = columnWidths.filter((_, i) => i !== categoryIndex);
  const [topWidths, bottomWidths] = headerWidths(table.header, columnWidths);
  const header: [string[][][], string[][][]] = [
    table.header[0].map((cell, i) => headerLines(cell.text, topWidths[i] ?? 0)),
    table.header[1].map((cell, i) => headerLines(cell.text, bottomWidths[i] ?? 0)),
  ];
  const rows: MeasuredRow[] = table.groups.flatMap((group) =>
    group.rows.map((row, r) => {
      const cells = row.cells.map((cell, c) => ({ lines: cellLines(cell.lines, rowWidths[c] ?? 0, CELL_WORDS), align: cell.align }));
      return { group, first: r === 0, cells, height: rowHeight(Math.max(...cells.map((cell) => lineCount(cell.lines)))) };
    }),
  );
  const headerHeight = headerHeights(table.header, header);
  const starts = room
    ? pageStartRows(
        rows.map((r) => r.height),
        { first: room.first - headerHeight, next: room.next - headerHeight },
      )
    : new Set<number>();
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths,
    borders: GRID_BORDERS,
    margins: {
      left: CELL_PADDING,
      right: CELL_PADDING,
      top: CELL_PADDING,
      bottom: CELL_PADDING,
      marginUnitType: WidthType.DXA,
    },
    rows: [
      headerRow(ctx, table.header[0], header[0]),
      headerRow(ctx, table.header[1], header[1]),
      ...bodyRows(ctx, rows, starts, categoryIndex, columnWidths[categoryIndex] ?? 0),
    ],
  });
}
