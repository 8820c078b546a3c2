/** What frames the text: new pages, the "— N —" 页码 [7.5] and the 版记 at the foot of the last page [7.4]. */
import type { Colophon } from '../../model/index.js';
import {
  A4,
  BLACK,
  LANDSCAPE_MARGINS,
  LINES_PER_PAGE,
  PAGE_NUMBER_GAP,
  PORTRAIT_FRAME,
  PORTRAIT_MARGINS,
  SIZE,
  STROKE,
  rowBaseline,
  rowTop,
  type Margins,
} from './geometry.js';
import { breakText, drawText, widthOf, type PaintContext, type Style } from './text.js';

/** 4号 宋体 for the 页码; 4号 仿宋 for the 版记. */
const PAGE_NUMBER: Style = { role: 'song', size: SIZE.sihao };
const COLOPHON: Style = { role: 'fang', size: SIZE.sihao };
/** "空一字" of the 页码 and the 版记 is one 四号 character. */
const SIHAO_CHAR = SIZE.sihao;
/** Height of an em dash above the baseline in a CJK font (the middle of the em box). */
const DASH_RISE = 0.38;

export const pageNumberText = (n: number): string => `— ${n} —`;

/**
 * Where the 页码 goes on a portrait sheet: odd pages right, even pages left, one character in from the
 * 版心 edge, its dashes 7 mm below the 版心 [7.5]. Returns the text's left end and baseline.
 */
function portraitNumberAt(ctx: PaintContext, text: string, page: number): { x: number; baseline: number } {
  const width = widthOf(ctx, text, PAGE_NUMBER);
  const { left, width: frameWidth, top, height } = PORTRAIT_FRAME;
  const x = page % 2 === 1 ? left + frameWidth - SIHAO_CHAR - width : left + SIHAO_CHAR;
  return { x, baseline: top + height + PAGE_NUMBER_GAP + DASH_RISE * SIZE.sihao };
}

/**
 * The 页码 of the current page. A landscape page is printed turned so that its top edge lies along the
 * sheet's left edge (表头 toward 订口 on odd pages and 切口 on even ones [8]): its number is drawn turned a
 * quarter clockwise, at the same place on the sheet as on a portrait page.
 */
function drawPageNumber(ctx: PaintContext, landscape: boolean): void {
  const text = pageNumberText(ctx.pages);
  const at = portraitNumberAt(ctx, text, ctx.pages);
  if (!landscape) {
    drawText(ctx, text, at.x, at.baseline, PAGE_NUMBER);
    return;
  }
  // Sheet point (x, y) is at (pageWidth − y, x) on the landscape page (pageWidth = the sheet's height).
  const x = A4.height - at.baseline;
  const y = at.x;
  ctx.pdf.save().rotate(90, { origin: [x, y] });
  drawText(ctx, text, x, y, PAGE_NUMBER);
  ctx.pdf.restore();
}

function addPage(ctx: PaintContext, layout: 'portrait' | 'landscape', margins: Margins, numbered: boolean): void {
  ctx.pdf.addPage({ size: 'A4', layout, margins });
  ctx.pages += 1;
  if (numbered) drawPageNumber(ctx, layout === 'landscape');
}

export function addPortraitPage(ctx: PaintContext, numbered = true): void {
  addPage(ctx, 'portrait', PORTRAIT_MARGINS, numbered);
}

export function addLandscapePage(ctx: PaintContext): void {
  addPage(ctx, 'landscape', LANDSCAPE_MARGINS, true);
}

function rule(ctx: PaintContext, y: number, width: number): void {
  const { left, width: frameWidth } = PORTRAIT_FRAME;
  ctx.pdf
    .save()
    .lineWidth(width)
    .strokeColor(BLACK)
    .moveTo(left, y)
    .lineTo(left + frameWidth, y)
    .stroke()
    .restore();
}

/** "抄送：A，B。" broken so that continuation lines align after the colon [7.4.2]. */
function copyToLines(ctx: PaintContext, copyTo: string): { label: string; lines: string[]; hang: number } {
  const colon = copyTo.indexOf('：');
  const label = colon >= 0 ? copyTo.slice(0, colon + 1) : '';
  const hang = widthOf(ctx, label, COLOPHON);
  const width = PORTRAIT_FRAME.width - 2 * SIHAO_CHAR - hang;
  return { label, lines: breakText(ctx, copyTo.slice(label.length), width, COLOPHON), hang };
}

/** Draws the 版记 so that its last line sits on the 版心 bottom edge of the current page. */
function drawColophon(ctx: PaintContext, colophon: Colophon): void {
  const { left, width } = PORTRAIT_FRAME;
  const printRow = LINES_PER_PAGE - 1;
  const baseline = rowBaseline(printRow, SIZE.sihao);
  if (colophon.printedBy) drawText(ctx, colophon.printedBy, left + SIHAO_CHAR, baseline, COLOPHON);
  const dateWidth = widthOf(ctx, colophon.printDate, COLOPHON);
  drawText(ctx, colophon.printDate, left + width - SIHAO_CHAR - dateWidth, baseline, COLOPHON);
  rule(ctx, rowTop(LINES_PER_PAGE), STROKE.thick);
  if (!colophon.copyTo) {
    rule(ctx, rowTop(printRow), STROKE.thick);
    return;
  }
  const { label, lines, hang } = copyToLines(ctx, colophon.copyTo);
  const firstRow = printRow - lines.length;
  lines.forEach((line, i) => {
    const lineBaseline = rowBaseline(firstRow + i, SIZE.sihao);
    if (i === 0) drawText(ctx, label, left + SIHAO_CHAR, lineBaseline, COLOPHON);
    drawText(ctx, line, left + SIHAO_CHAR + hang, lineBaseline, COLOPHON);
  });
  rule(ctx, rowTop(printRow), STROKE.thin);
  rule(ctx, rowTop(firstRow), STROKE.thick);
}

/**
 * The 版记 on a portrait page of its own after the landscape 附件, which must be an even page (封四,
 * the back of the last sheet): when it would be odd a blank page goes before it, and then neither the
 * blank page nor the 版记 page carries a 页码 [7.5].
 */
export function paintColophon(ctx: PaintContext, colophon: Colophon): void {
  const blank = (ctx.pages + 1) % 2 === 1;
  if (blank) addPortraitPage(ctx, false);
  addPortraitPage(ctx, !blank);
  drawColophon(ctx, colophon);
}
