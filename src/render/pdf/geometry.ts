/** Page, grid and type measurements of a GB/T 9704 公文 in PDF points (y grows downwards, as pdfkit draws). */

/** One millimetre in points. */
export const MM = 72 / 25.4;

/** A4 in points, portrait. */
export const A4 = { width: 210 * MM, height: 297 * MM } as const;

export interface Margins {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** Portrait margins [5.2.1]: 天头 37, 订口 28, right 26, bottom 35 mm; 版心 156 × 225 mm. */
export const PORTRAIT_MARGINS: Margins = { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM };
/** Landscape margins of the 附件 pages, so their 版心 is 225 × 156 mm. */
export const LANDSCAPE_MARGINS: Margins = { top: 28 * MM, bottom: 26 * MM, left: 37 * MM, right: 35 * MM };

/** The 版心 of a page: left/top edge, width and height. */
export interface Frame {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export const PORTRAIT_FRAME: Frame = {
  left: PORTRAIT_MARGINS.left, top: PORTRAIT_MARGINS.top,
  width: A4.width - PORTRAIT_MARGINS.left - PORTRAIT_MARGINS.right,
  height: A4.height - PORTRAIT_MARGINS.top - PORTRAIT_MARGINS.bottom,
};

export const LANDSCAPE_FRAME: Frame = {
  left: LANDSCAPE_MARGINS.left, top: LANDSCAPE_MARGINS.top,
  width: A4.height - LANDSCAPE_MARGINS.left - LANDSCAPE_MARGINS.right,
  height: A4.width - LANDSCAPE_MARGINS.top - LANDSCAPE_MARGINS.bottom,
};

/** Sizes: 小初 36, 二号 22, 三号 16, 四号 14, 五号 10.5 pt. */
export const SIZE = { xiaochu: 36, erhao: 22, sanhao: 16, sihao: 14, wuhao: 10.5 } as const;

/** 22 lines a page, 28 characters a line [5.2.3]; the pitch is Word's exact 579 twips. */
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;
export const LINE_PITCH = 28.95;

/** 发文机关标志 top edge below the 版心 top edge [7.2.4]. */
export const MASTHEAD_OFFSET = 35 * MM;
/** Red line 4 mm under the 发文字号 [7.2.7]. */
export const RED_LINE_GAP = 4 * MM;
/** 页码: its 一字线 7 mm below the 版心 bottom edge [7.5]. */
export const PAGE_NUMBER_GAP = 7 * MM;

/** Stroke widths: red line ≈ 0.35 mm, 版记 thick 0.35 mm and thin 0.25 mm, table grid 0.5 pt. */
export const STROKE = { redLine: 0.35 * MM, thick: 0.35 * MM, thin: 0.25 * MM, grid: 0.5 } as const;

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
