/** The catalogue table of the 附件 as a fixed-grid Word table: repeated two-row header, unsplittable rows, spanning 一级事项. */
import {
  AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, VerticalMergeType,
  WidthType,
} from 'docx';
import type { CatalogueTable, HeaderCell, RowGroup, TableCell as CellModel } from '../../model/index.js';
import { CELL_PADDING_MM, CELL_PADDING_VERTICAL_MM } from '../typeset/gbt9704.js';
import { BORDER, mmToTwips, SIZE, textWidthInChars } from './geometry.js';
import { roleFont } from './fonts.js';
import { SINGLE_SPACING, textRun, type PaintContext } from './text.js';
import { breakLines } from '../typeset/index.js';

/**
 * Cell text is 五号 (10.5 pt): the 8 mm tick columns still hold a character beside 1 mm padding, and
 * the longest 公开内容 lists stay within a landscape page; 小四 would stack the narrow headers further.
 */
const CELL_SIZE = SIZE.wuhao;
const CELL_PADDING = mmToTwips(CELL_PADDING_MM);
const CELL_PADDING_VERTICAL = mmToTwips(CELL_PADDING_VERTICAL_MM);

const gridLine = { style: BorderStyle.SINGLE, size: BORDER.grid, color: '000000' } as const;
const GRID_BORDERS = {
  top: gridLine, bottom: gridLine, left: gridLine, right: gridLine, insideHorizontal: gridLine, insideVertical: gridLine,
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

/**
 * A cell's lines, one paragraph each, single-spaced; the paragraph mark is 五号 in the role's font too, so an
 * empty cell (or the continuation of a merged one) is as tall and placed as a cell with text.
 */
function cellParagraphs(ctx: PaintContext, lines: readonly string[], align: 'left' | 'center', role: 'fang' | 'hei'): Paragraph[] {
  const alignment = align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;
  const texts = lines.length > 0 ? lines : [''];
  return texts.map((line) => new Paragraph({
    alignment, spacing: SINGLE_SPACING, run: { font: roleFont(ctx.profile, role), size: CELL_SIZE },
    children: line === '' ? [] : [textRun(ctx, line, role, { size: CELL_SIZE })],
  }));
}

/** Twips in a half-point. */
const TWIPS_PER_HALF_POINT = 10;
/** Full-width characters of CELL_SIZE a cell of `twips` holds inside its padding. */
const charsIn = (twips: number): number => Math.max(1, Math.floor((twips - 2 * CELL_PADDING) / (CELL_SIZE * TWIPS_PER_HALF_POINT)));

/** Header text in explicit lines broken between words (公开/对象, never 公开对/象), as the PDF does. */
function headerLines(text: string, twips: number): string[] {
  return breakLines(text, charsIn(twips), textWidthInChars, { words: Infinity });
}

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

function headerRow(ctx: PaintContext, cells: readonly HeaderCell[], widths: readonly number[]): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: cells.map((cell, i) => new TableCell({
      verticalAlign: VerticalAlignTable.CENTER,
      ...(cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
      ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
      children: cellParagraphs(ctx, headerLines(cell.text, widths[i] ?? 0), 'center', 'hei'),
    })),
  });
}

/** `merge`: the cell starts (restart) or continues (continue) the 一级事项's vertical merge. */
function bodyCell(ctx: PaintContext, cell: CellModel, merge?: 'restart' | 'continue'): TableCell {
  return new TableCell({
    verticalAlign: VerticalAlignTable.CENTER,
    ...(merge === 'restart' ? { verticalMerge: VerticalMergeType.RESTART } : {}),
    ...(merge === 'continue' ? { verticalMerge: VerticalMergeType.CONTINUE } : {}),
    children: cellParagraphs(ctx, cell.lines, cell.align, 'fang'),
  });
}

/**
 * The rows of one 一级事项; its name cell, in the `category` column, spans them all (`w:vMerge`). The
 * continuation cells are written here, not left to docx's rowSpan (which gives them a bare 三号 paragraph):
 * centred, single-spaced, 五号, like every other cell of the table.
 */
function groupRows(ctx: PaintContext, group: RowGroup, categoryIndex: number): TableRow[] {
  return group.rows.map((row, i) => {
    const cells = row.cells.map((cell) => bodyCell(ctx, cell));
    if (categoryIndex >= 0) {
      const name: CellModel = { lines: i === 0 ? [group.categoryName] : [], align: 'center' };
      const merge = group.rows.length === 1 ? undefined : i === 0 ? 'restart' : 'continue';
      cells.splice(categoryIndex, 0, bodyCell(ctx, name, merge));
    }
    return new TableRow({ cantSplit: true, children: cells });
  });
}

/** The whole table, filling `textWidth` twips. */
export function catalogueTable(ctx: PaintContext, table: CatalogueTable, textWidth: number): Table {
  const columnWidths = columnTwips(table.columns.map((c) => c.width), textWidth);
  const categoryIndex = table.columns.findIndex((c) => c.key === 'category');
  const [topWidths, bottomWidths] = headerWidths(table.header, columnWidths);
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths,
    borders: GRID_BORDERS,
    margins: {
      left: CELL_PADDING, right: CELL_PADDING, top: CELL_PADDING_VERTICAL, bottom: CELL_PADDING_VERTICAL,
      marginUnitType: WidthType.DXA,
    },
    rows: [
      headerRow(ctx, table.header[0], topWidths),
      headerRow(ctx, table.header[1], bottomWidths),
      ...table.groups.flatMap((group) => groupRows(ctx, group, categoryIndex)),
    ],
  });
}
