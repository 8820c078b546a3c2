/**
 * The one home of a GB/T 9704-2012 公文's measures, in millimetres, points and characters: page, margins,
 * 版心, line grid, sizes by 号, the 版头 and 页码 offsets, stroke widths and the table's cell set-up. The PDF
 * and DOCX painters only convert these units (mm → pt, mm → twips); they decide no size of their own.
 */

/** Millimetres in an inch, and points and twips in an inch. */
export const MM_PER_INCH = 25.4;
export const PT_PER_INCH = 72;
export const TWIPS_PER_INCH = 1440;

/** Points to millimetres: `(pt / 72) × 25.4`. */
export const ptToMm = (pt: number): number => (pt / PT_PER_INCH) * MM_PER_INCH;

/** A4, portrait, in millimetres [5.1]. */
export const A4_MM = { width: 210, height: 297 } as const;

export interface MarginsMm {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** Portrait margins [5.2.1]: 天头 37, 订口 28, right 26, bottom 35 mm; 版心 156 × 225 mm. */
export const PORTRAIT_MARGINS_MM: MarginsMm = { top: 37, bottom: 35, left: 28, right: 26 };
/** Landscape margins of the 附件 pages (the portrait ones turned), so their 版心 is 225 × 156 mm. */
export const LANDSCAPE_MARGINS_MM: MarginsMm = { top: 28, bottom: 26, left: 37, right: 35 };

/** 22 lines a page, 28 characters a line [5.2.3]. */
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;
/** The line pitch: 225 mm / 22 lines, taken as Word's exact 579 twips (28.95 pt). */
export const LINE_PITCH_TWIPS = 579;

/** Sizes by 号, in points: 小初 36, 二号 22, 三号 16, 四号 14, 五号 10.5. */
export const SIZE_PT = { xiaochu: 36, erhao: 22, sanhao: 16, sihao: 14, wuhao: 10.5 } as const;

/** 发文机关标志 top edge below the 版心 top edge [7.2.4]. */
export const MASTHEAD_OFFSET_MM = 35;
/** Red line 4 mm under the 发文字号 [7.2.7]. */
export const RED_LINE_GAP_MM = 4;
/** 页码: its 一字线 7 mm below the 版心 bottom edge [7.5]. */
export const PAGE_NUMBER_GAP_MM = 7;

/** Stroke widths: red line ≈ 0.35 mm, 版记 thick 0.35 mm and thin 0.25 mm [7.4.1]; the table grid 0.5 pt. */
export const STROKE_MM = { redLine: 0.35, thick: 0.35, thin: 0.25 } as const;
export const GRID_STROKE_PT = 0.5;

/** 署名 and 成文日期 [7.3.5]: the date 右空四字; two blank lines above the 署名 leave room for the seal. */
export const DATE_RIGHT_CHARS = 4;
export const SEAL_LINES = 2;
/** 正文 paragraphs start 空二字 [7.3.3]. */
export const PARAGRAPH_INDENT_CHARS = 2;

/** Table cells of the 附件: 五号, single-spaced (exactly 1.3 × the size a line, in the PDF and the DOCX), 1 mm in from the grid lines on every side. */
export const CELL_SIZE_PT = SIZE_PT.wuhao;
export const CELL_LINE_HEIGHT = 1.3;
export const CELL_PADDING_MM = 1;
