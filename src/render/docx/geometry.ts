/** The GB/T 9704 measures (typeset/gbt9704.ts) in Word's units: twips, half-points, eighths of a point. */
import {
  CHARS_PER_LINE,
  GRID_STROKE_PT,
  LANDSCAPE_MARGINS_MM,
  LINE_PITCH_TWIPS,
  MASTHEAD_OFFSET_MM,
  MM_PER_INCH,
  PAGE_NUMBER_GAP_MM,
  PORTRAIT_MARGINS_MM,
  PT_PER_INCH,
  ptToMm,
  RED_LINE_GAP_MM,
  SIZE_PT,
  STROKE_MM,
  TWIPS_PER_INCH,
  type MarginsMm,
} from '../typeset/gbt9704.js';
import { widthInChars } from '../typeset/width.js';

/** One millimetre in twips (1440 / 25.4). */
const TWIPS_PER_MM = TWIPS_PER_INCH / MM_PER_INCH;
/** Twips in a point, half-points in a point, eighths of a point in a millimetre. */
const TWIPS_PER_PT = 20;
const HALF_POINTS = 2;
const EIGHTHS_PER_MM = (8 * PT_PER_INCH) / MM_PER_INCH;

/** Millimetres to whole twips, rounded (not floored: 37 mm is 2098, not 2097). */
export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

/** A4 as Word writes it; `convertMillimetersToTwip(210)` would floor to 11905. */
export const A4 = { width: 11906, height: 16838 } as const;

const marginTwips = (m: MarginsMm) =>
  ({
    top: mmToTwips(m.top),
    bottom: mmToTwips(m.bottom),
    left: mmToTwips(m.left),
    right: mmToTwips(m.right),
  }) as const;

/** Portrait margins [5.2.1]. */
export const PORTRAIT_MARGIN = marginTwips(PORTRAIT_MARGINS_MM);
/** Landscape margins for the 附件 table, so its 版心 is 225 × 156 mm. */
export const LANDSCAPE_MARGIN = marginTwips(LANDSCAPE_MARGINS_MM);

/** Width and height of the portrait 版心 in twips (156 × 225 mm). */
export const PORTRAIT_TEXT_WIDTH = A4.width - PORTRAIT_MARGIN.left - PORTRAIT_MARGIN.right;
export const PORTRAIT_TEXT_HEIGHT = A4.height - PORTRAIT_MARGIN.top - PORTRAIT_MARGIN.bottom;
/** Width of the landscape 版心 in twips (225 mm). */
export const LANDSCAPE_TEXT_WIDTH = A4.height - LANDSCAPE_MARGIN.left - LANDSCAPE_MARGIN.right;

/** Font sizes by 号 in half-points. */
export const SIZE = {
  xiaochu: SIZE_PT.xiaochu * HALF_POINTS,
  erhao: SIZE_PT.erhao * HALF_POINTS,
  sanhao: SIZE_PT.sanhao * HALF_POINTS,
  sihao: SIZE_PT.sihao * HALF_POINTS,
  wuhao: SIZE_PT.wuhao * HALF_POINTS,
} as const;

/** One 三号 character (16 pt) in twips: the unit of every "空N字" indent of the body. */
export const CHAR = SIZE_PT.sanhao * TWIPS_PER_PT;
/** One 四号 character (14 pt) in twips: indents of the 页码 and the 版记. */
export const CHAR_SIHAO = SIZE_PT.sihao * TWIPS_PER_PT;

/** Fixed line pitch of the body: 22 lines in the 225 mm 版心 ≈ 28.95 pt [5.2.3]. */
export const LINE_PITCH = LINE_PITCH_TWIPS;

/** `w:charSpace` counts 4096ths of a point. */
const CHAR_SPACE_UNITS = 4096;

/**
 * `w:charSpace` for 28 characters of the 16 pt Normal font in the 156 mm line, as Word's page setup
 * computes it: (line width / 28 − 16 pt) × 4096, floored so 28 characters still fit (−842).
 */
export function gridCharSpace(textWidth = PORTRAIT_TEXT_WIDTH, chars = CHARS_PER_LINE, fontPt: number = SIZE_PT.sanhao): number {
  return Math.floor((textWidth / TWIPS_PER_PT / chars - fontPt) * CHAR_SPACE_UNITS);
}

/**
 * Character spacing of 三号 runs in twentieths of a point, so that 28 characters fit the line without
 * snapping to the character grid: (156 mm / 28 − 16 pt), floored (−5, i.e. 15.75 pt a character).
 */
export function bodyCharSpacing(textWidth = PORTRAIT_TEXT_WIDTH, chars = CHARS_PER_LINE, fontPt: number = SIZE_PT.sanhao): number {
  return Math.floor((textWidth / TWIPS_PER_PT / chars - fontPt) * TWIPS_PER_PT);
}

/** 发文机关标志 top edge to the 版心 top edge [7.2.4]. */
export const MASTHEAD_OFFSET = mmToTwips(MASTHEAD_OFFSET_MM);
/** Red separator line 4 mm under the 发文字号 [7.2.7], as a border offset in points. */
export const RED_LINE_SPACE_PT = Math.round((RED_LINE_GAP_MM / MM_PER_INCH) * PT_PER_INCH);

/** Border widths in eighths of a point, rounded: red line and 版记 thick lines 0.35 mm, thin line 0.25 mm, grid 0.5 pt. */
export const BORDER = {
  redLine: Math.round(STROKE_MM.redLine * EIGHTHS_PER_MM),
  thick: Math.round(STROKE_MM.thick * EIGHTHS_PER_MM),
  thin: Math.round(STROKE_MM.thin * EIGHTHS_PER_MM),
  grid: GRID_STROKE_PT * 8,
} as const;

/**
 * Footer distance from the page edge for the 页码 line (one 四号 line, exactly): its 一字线, in the middle of
 * the em box, 7 mm below the 版心 [7.5], where the PDF draws it — the line starts half an em higher.
 */
export function footerDistance(bottomMarginMm: number): number {
  const line = ptToMm(SIZE_PT.sihao);
  return mmToTwips(bottomMarginMm - PAGE_NUMBER_GAP_MM - line + line / 2);
}

/** Width of a text in characters: ASCII and half-width forms (digits in Times New Roman) count half. */
export const textWidthInChars = widthInChars;
