/** Measures the catalogue table (header spans, cell lines, row heights) and cuts its rows into landscape pages. */
import type { CatalogueTable, RowGroup, TableRow } from '../../model/index.js';
import { CELL } from './geometry.js';
import { breakText, type PaintContext, type Style } from './text.js';

export const CELL_TEXT: Style = { role: 'fang', size: CELL.size };
export const HEADER_TEXT: Style = { role: 'hei', size: CELL.size };

/** The text of one cell, already broken into lines that fit its width. */
export interface Box {
  readonly lines: readonly string[];
  readonly align: 'left' | 'center';
}

/** A header cell placed on the leaf-column grid. */
interface HeaderBox extends Box {
  readonly col: number;
  readonly row: 0 | 1;
  readonly colSpan: number;
  readonly rowSpan: number;
}

export interface MeasuredRow {
  readonly itemId: string;
  /** One box per leaf column except the 一级事项 column, in column order. */
  readonly boxes: readonly Box[];
  readonly height: number;
}

export interface MeasuredGroup {
  readonly categoryId: string;
  readonly name: Box;
  readonly nameHeight: number;
  readonly rows: readonly MeasuredRow[];
}

/** Column edges in points, the 一级事项 column, and the two header rows with their heights. */
export interface Grid {
  readonly edges: readonly number[];
  readonly categoryColumn: number;
  readonly rowColumns: readonly number[];
  readonly header: readonly HeaderBox[];
  readonly headerHeights: readonly [number, number];
}

/** The rows of one group that fall on one page; `height` also makes room for the 一级事项 name. */
export interface Part {
  readonly group: MeasuredGroup;
  readonly rows: readonly MeasuredRow[];
  readonly height: number;
}

export const boxHeight = (lines: number): number => Math.max(1, lines) * CELL.lineHeight + 2 * CELL.padY;

/** Leaf-column edges from the columns' millimetres, scaled so the table fills `width` exactly. */
function columnEdges(table: CatalogueTable, left: number, width: number): number[] {
  const total = table.columns.reduce((sum, c) => sum + c.width, 0);
  let running = 0;
  return [left, ...table.columns.map((c) => left + ((running += c.width) / total) * width)];
}

/** Header words stay whole (公开/对象); body cells give up to two characters of a line to end between words. */
const HEADER_WORDS = Infinity;
const CELL_WORDS = 2;

function box(ctx: PaintContext, lines: readonly string[], width: number, style: Style, align: Box['align'], words = CELL_WORDS): Box {
  return { lines: lines.flatMap((line) => breakText(ctx, line, width - 2 * CELL.padX, style, { words })), align };
}

function headerBox(ctx: PaintContext, cell: CatalogueTable['header'][0][number], row: 0 | 1, col: number, edges: readonly number[]): HeaderBox {
  const width = edges[col + cell.colSpan]! - edges[col]!;
  return { ...box(ctx, [cell.text], width, HEADER_TEXT, 'center', HEADER_WORDS), col, row, colSpan: cell.colSpan, rowSpan: cell.rowSpan };
}

/** Places the two header rows on the leaf columns; row 1 fills the columns the row-spanning cells leave. */
function placeHeader(ctx: PaintContext, table: CatalogueTable, edges: readonly number[]): HeaderBox[] {
  const boxes: HeaderBox[] = [];
  const spanned = new Set<number>();
  let col = 0;
  for (const cell of table.header[0]) {
    boxes.push(headerBox(ctx, cell, 0, col, edges));
    for (let c = col; cell.rowSpan > 1 && c < col + cell.colSpan; c++) spanned.add(c);
    col += cell.colSpan;
  }
  col = 0;
  for (const cell of table.header[1]) {
    while (spanned.has(col)) col++;
    boxes.push(headerBox(ctx, cell, 1, col, edges));
    col += cell.colSpan;
  }
  return boxes;
}

function headerHeights(header: readonly HeaderBox[]): [number, number] {
  const tallest = (row: 0 | 1) => Math.max(0, ...header.filter((h) => h.row === row && h.rowSpan === 1).map((h) => boxHeight(h.lines.length)));
  const first = tallest(0);
  const spanning = Math.max(0, ...header.filter((h) => h.rowSpan > 1).map((h) => boxHeight(h.lines.length)));
  return [first, Math.max(tallest(1), spanning - first)];
}

export function measureGrid(ctx: PaintContext, table: CatalogueTable, left: number, width: number): Grid {
  const edges = columnEdges(table, left, width);
  const categoryColumn = table.columns.findIndex((c) => c.key === 'category');
  const rowColumns = table.columns.map((_, i) => i).filter((i) => i !== categoryColumn);
  const header = placeHeader(ctx, table, edges);
  return { edges, categoryColumn, rowColumns, header, headerHeights: headerHeights(header) };
}

const colWidth = (grid: Grid, col: number): number => grid.edges[col + 1]! - grid.edges[col]!;

/** Lines of cell text that fit in `height` points of row. */
const linesIn = (height: number): number => Math.floor((height - 2 * CELL.padY) / CELL.lineHeight);

/**
 * Cuts a row after the lines that fit in `height`: the one case where an item's row continues on the
 * next page (only for a row taller than a whole page).
 */
function cutRow(row: MeasuredRow, height: number): [MeasuredRow, MeasuredRow] {
  const n = Math.max(1, linesIn(height));
  const piece = (boxes: readonly Box[]): MeasuredRow => ({ itemId: row.itemId, boxes, height: Math.max(...boxes.map((b) => boxHeight(b.lines.length))) });
  return [piece(row.boxes.map((b) => ({ ...b, lines: b.lines.slice(0, n) }))), piece(row.boxes.map((b) => ({ ...b, lines: b.lines.slice(n) })))];
}

function measureRow(ctx: PaintContext, grid: Grid, row: TableRow): MeasuredRow {
  const boxes = row.cells.map((cell, i) => box(ctx, cell.lines, colWidth(grid, grid.rowColumns[i]!), CELL_TEXT, cell.align));
  return { itemId: row.itemId, boxes, height: Math.max(...boxes.map((b) => boxHeight(b.lines.length))) };
}

/** Every group with its name and rows broken into lines and measured. */
export function measureGroups(ctx: PaintContext, grid: Grid, groups: readonly RowGroup[]): MeasuredGroup[] {
  return groups.map((group) => {
    const name = box(ctx, [group.categoryName], colWidth(grid, grid.categoryColumn), CELL_TEXT, 'center', HEADER_WORDS);
    const rows = group.rows.map((row) => measureRow(ctx, grid, row));
    return { categoryId: group.categoryId, name, nameHeight: boxHeight(name.lines.length), rows };
  });
}

const partHeight = (group: MeasuredGroup, rows: readonly MeasuredRow[]): number =>
  Math.max(
    group.nameHeight,
    rows.reduce((sum, r) => sum + r.height, 0),
  );

/** Fewest lines worth starting a cut row with at the foot of a page. */
const MIN_CUT_LINES = 3;

type OpenPart = { group: MeasuredGroup; rows: MeasuredRow[]; height: number };

/**
 * Cuts the rows into pages of at most `firstRoom` (the first page, under the title) and then `room`
 * points below the header. Rows never split, except one taller than `room`, which is cut by lines to
 * fill the page it starts on; a group that continues becomes a new part on the next page, where its
 * 一级事项 cell is drawn again with the name. The first page may stay empty when its first row needs more.
 */
export function paginate(groups: readonly MeasuredGroup[], firstRoom: number, room: number): Part[][] {
  const pages: Part[][] = [[]];
  let used = 0;
  let limit = firstRoom;
  let part: OpenPart | undefined;
  const newPage = (): void => {
    pages.push([]);
    [used, limit, part] = [0, room, undefined];
  };
  for (const group of groups) {
    part = undefined;
    const queue = [...group.rows];
    for (let row = queue.shift(); row !== undefined; row = queue.shift()) {
      if (row.height > room) {
        // Room left for a row here: what the page has, plus any slack under a tall 一级事项 name.
        let free = limit - used + (part ? part.height - part.rows.reduce((sum, r) => sum + r.height, 0) : 0);
        if (linesIn(free) < MIN_CUT_LINES && pages.at(-1)!.length > 0) {
          newPage();
          free = room;
        }
        const [head, tail] = cutRow(row, free);
        queue.unshift(tail);
        row = head;
      }
      const grown = partHeight(group, [...(part?.rows ?? []), row]) - (part?.height ?? 0);
      // A row too tall for the first page's room under the title moves on even from an empty page.
      if (used + grown > limit && (pages.at(-1)!.length > 0 || limit < room)) newPage();
      if (part === undefined) {
        part = { group, rows: [], height: 0 };
        pages.at(-1)!.push(part);
      }
      part.rows.push(row);
      const height = partHeight(group, part.rows);
      used += height - part.height;
      part.height = height;
    }
  }
  return pages;
}
