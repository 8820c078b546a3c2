/** The GB/T 9704 measures (typeset/gbt9704.ts) in PDF points, y growing downwards as pdfkit draws. */
import {
  A4_MM,
  CELL_LINE_HEIGHT,
  CELL_PADDING_MM,
  CELL_SIZE_PT,
  CHARS_PER_LINE,
  GRID_STROKE_PT,
  LANDSCAPE_MARGINS_MM,
  LINE_PITCH_TWIPS,
  LINES_PER_PAGE,
  MASTHEAD_OFFSET_MM,
  MM_PER_INCH,
  PAGE_NUMBER_GAP_MM,
  PORTRAIT_MARGINS_MM,
  PT_PER_INCH,
  RED_LINE_GAP_MM,
  SIZE_PT,
  STROKE_MM,
  type MarginsMm,
} from '../typeset/gbt9704.js';

export { CHARS_PER_LINE, LINES_PER_PAGE };

/** One millimetre in points. */
export const MM = PT_PER_INCH / MM_PER_INCH;
/** Twips in a point. */
const TWIPS_PER_PT = 20;

/** A4 in points, portrait. */
export const A4 = { width: A4_MM.width * MM, height: A4_MM.height * MM } as const;

export interface Margins {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

const marginsPt = (m: MarginsMm): Margins => ({ top: m.top * MM, bottom: m.bottom * MM, left: m.left * MM, right: m.right * MM });

/** Portrait margins [5.2.1]; 版心 156 × 225 mm. */
export const PORTRAIT_MARGINS: Margins = marginsPt(PORTRAIT_MARGINS_MM);
/** Landscape margins of the 附件 pages, so their 版心 is 225 × 156 mm. */
export const LANDSCAPE_MARGINS: Margins = marginsPt(LANDSCAPE_MARGINS_MM);

/** The 版心 of a page: left/top edge, width and height. */
export interface Frame {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export const PORTRAIT_FRAME: Frame = {
  left: PORTRAIT_MARGINS.left,
  top: PORTRAIT_MARGINS.top,
  width: A4.width - PORTRAIT_MARGINS.left - PORTRAIT_MARGINS.right,
  height: A4.height - PORTRAIT_MARGINS.top - PORTRAIT_MARGINS.bottom,
};

export const LANDSCAPE_FRAME: Frame = {
  left: LANDSCAPE_MARGINS.left,
  top: LANDSCAPE_MARGINS.top,
  width: A4.height - LANDSCAPE_MARGINS.left - LANDSCAPE_MARGINS.right,
  height: A4.width - LANDSCAPE_MARGINS.top - LANDSCAPE_MARGINS.bottom,
};

/** Sizes by 号 in points (they are points already). */
export const SIZE = SIZE_PT;

/** The line pitch, Word's exact 579 twips (28.95 pt) [5.2.3]. */
export const LINE_PITCH = LINE_PITCH_TWIPS / TWIPS_PER_PT;

/** 发文机关标志 top edge below the 版心 top edge [7.2.4]. */
export const MASTHEAD_OFFSET = MASTHEAD_OFFSET_MM * MM;
/** Red line 4 mm under the 发文字号 [7.2.7]. */
export const RED_LINE_GAP = RED_LINE_GAP_MM * MM;
/** 页码: its 一字线 7 mm below the 版心 bottom edge [7.5]. */
export const PAGE_NUMBER_GAP = PAGE_NUMBER_GAP_MM * MM;

/** Stroke widths in points. */
export const STROKE = {
  redLine: STROKE_MM.redLine * MM,
  thick: STROKE_MM.thick * MM,
  thin: STROKE_MM.thin * MM,
  grid: GRID_STROKE_PT,
} as const;

/** Table cells: 五号, single-spaced, 1 mm padding. */
export const CELL = {
  size: CELL_SIZE_PT,
  lineHeight: CELL_SIZE_PT * CELL_LINE_HEIGHT,
  padX: CELL_PADDING_MM * MM,
  padY: CELL_PADDING_MM * MM,
} as const;

export const RED = '#FF0000';
export const BLACK = '#000000';

/** Where an ideographic em box sits on its baseline: 0.88 em above, 0.12 em below. */
export const EM_ASCENT = 0.88;

/**
 * The baseline of a line of `size` text whose line box starts at `lineTop` and is `height` tall:
 * the em box centred in the box, as Word centres CJK text in an exactly spaced line.
 */
export function baselineIn(lineTop: number, height: number, size: number): number {
  return lineTop + (height - size) / 2 + EM_ASCENT * size;
}

/** Top of grid line `row` (0-based) of the portrait 版心. */
export function rowTop(row: number, frame: Frame = PORTRAIT_FRAME): number {
  return frame.top + row * LINE_PITCH;
}

/** The baseline of `size` text on grid line `row`. */
export function rowBaseline(row: number, size: number = SIZE.sanhao, frame: Frame = PORTRAIT_FRAME): number {
  return baselineIn(rowTop(row, frame), LINE_PITCH, size);
}

/** The first grid line whose top is at or below `y` (a small tolerance keeps exact hits on their line). */
export function rowAtOrBelow(y: number, frame: Frame = PORTRAIT_FRAME): number {
  return Math.ceil((y - frame.top) / LINE_PITCH - 1e-6);
}
