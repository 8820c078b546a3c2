/**
 * The 附件 on landscape pages: "附件", its title on line 3, then the catalogue table drawn cell by cell
 * (rect + text, not pdfkit's doc.table, which neither repeats header rows nor uses our 避头尾 breaking),
 * the two header rows repeated on every page and the 一级事项 cell redrawn where a group continues.
 */
import type { Attachment } from '../../model/index.js';
import { addLandscapePage } from './chrome.js';
import { BLACK, CELL, LANDSCAPE_FRAME, LINE_PITCH, SIZE, STROKE, baselineIn, rowBaseline, rowTop } from './geometry.js';
import { balanceTitle, LANDSCAPE_TITLE_LINE_UNITS } from '../typeset/index.js';
import { CELL_TEXT, HEADER_TEXT, measureGrid, measureGroups, paginate, type Box, type Grid, type Part } from './table-measure.js';
import { drawText, widthOf, type PaintContext, type Style } from './text.js';

const FRAME = LANDSCAPE_FRAME;
const LABEL: Style = { role: 'hei', size: SIZE.sanhao };
const TITLE: Style = { role: 'title', size: SIZE.erhao };
/** The 附件 title sits on line 3 [7.3.7]; the table starts half a line under it. */
const TITLE_ROW = 2;
const GAP_UNDER_TITLE = LINE_PITCH / 2;

/** A cell's lines centred vertically, left-aligned or centred, inside its grid-line rectangle. */
function drawBox(ctx: PaintContext, box: Box, x: number, w: number, y: number, h: number, style: Style): void {
  const top = y + (h - box.lines.length * CELL.lineHeight) / 2;
  box.lines.forEach((line, i) => {
    const baseline = baselineIn(top + i * CELL.lineHeight, CELL.lineHeight, style.size);
    const left = box.align === 'center' ? x + (w - widthOf(ctx, line, style)) / 2 : x + CELL.padX;
    drawText(ctx, line, left, baseline, style);
  });
  ctx.pdf.save().lineWidth(STROKE.grid).strokeColor(BLACK).rect(x, y, w, h).stroke().restore();
}

const span = (grid: Grid, col: number, count = 1): [number, number] => [grid.edges[col]!, grid.edges[col + count]! - grid.edges[col]!];

function drawHeader(ctx: PaintContext, grid: Grid, y: number): void {
  const [first, second] = grid.headerHeights;
  for (const cell of grid.header) {
    const top = cell.row === 0 ? y : y + first;
    const h = cell.rowSpan > 1 ? first + second : cell.row === 0 ? first : second;
    drawBox(ctx, cell, ...span(grid, cell.col, cell.colSpan), top, h, HEADER_TEXT);
  }
}

/** One group's rows on this page, its 一级事项 cell spanning them; the last row takes up any slack. */
function drawPart(ctx: PaintContext, grid: Grid, part: Part, y: number): void {
  drawBox(ctx, part.group.name, ...span(grid, grid.categoryColumn), y, part.height, CELL_TEXT);
  let top = y;
  part.rows.forEach((row, r) => {
    const slack = r === part.rows.length - 1 ? part.height - part.rows.reduce((sum, x) => sum + x.height, 0) : 0;
    const h = row.height + slack;
    row.boxes.forEach((box, i) => drawBox(ctx, box, ...span(grid, grid.rowColumns[i]!), top, h, CELL_TEXT));
    top += h;
  });
}

/** "附件" (三号 黑体) top left and the title (二号 小标宋) centred from line 3; returns where the table starts. */
function drawHeading(ctx: PaintContext, attachment: Attachment): number {
  drawText(ctx, attachment.label, FRAME.left, rowBaseline(0, LABEL.size, FRAME), LABEL);
  const lines = balanceTitle(attachment.title, { units: LANDSCAPE_TITLE_LINE_UNITS });
  lines.forEach((line, i) => {
    const x = FRAME.left + (FRAME.width - widthOf(ctx, line, TITLE)) / 2;
    drawText(ctx, line, x, rowBaseline(TITLE_ROW + i, TITLE.size, FRAME), TITLE);
  });
  return rowTop(TITLE_ROW + lines.length, FRAME) + GAP_UNDER_TITLE;
}

/** Paints the 附件 from a new landscape page on, one page per slice of rows, the header on each. */
export function paintAttachment(ctx: PaintContext, attachment: Attachment): void {
  addLandscapePage(ctx);
  const tableTop = drawHeading(ctx, attachment);
  const bottom = FRAME.top + FRAME.height;
  const grid = measureGrid(ctx, attachment.table, FRAME.left, FRAME.width);
  const headerHeight = grid.headerHeights[0] + grid.headerHeights[1];
  const firstRoom = bottom - tableTop - headerHeight;
  const groups = measureGroups(ctx, grid, attachment.table.groups);
  const pages = paginate(groups, firstRoom, FRAME.height - headerHeight);
  pages.forEach((parts, i) => {
    if (i > 0) addLandscapePage(ctx);
    if (parts.length === 0 && pages.length > 1) return; // nothing fits under the title: the table starts overleaf
    let y = i === 0 ? tableTop : FRAME.top;
    drawHeader(ctx, grid, y);
    y += headerHeight;
    for (const part of parts) {
      drawPart(ctx, grid, part, y);
      y += part.height;
    }
  });
}
