/** Page, grid and type measurements of a GB/T 9704 公文 in Word's units (twips, half-points, eighths of a point). */

/** One millimetre in twips (1440 / 25.4). */
export const TWIPS_PER_MM = 1440 / 25.4;

/** Millimetres to whole twips, rounded (not floored: 37 mm is 2098, not 2097). */
export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

/** A4 as Word writes it; `convertMillimetersToTwip(210)` would floor to 11905. */
export const A4 = { width: 11906, height: 16838 } as const;

/** Portrait margins [5.2.1]: 天头 37, 订口 28, right 26, bottom 35 mm. */
export const PORTRAIT_MARGIN = {
  top: mmToTwips(37), bottom: mmToTwips(35), left: mmToTwips(28), right: mmToTwips(26),
} as const;

/** Landscape margins for the 附件 table, so its 版心 is 225 × 156 mm. */
export const LANDSCAPE_MARGIN = {
  top: mmToTwips(28), bottom: mmToTwips(26), left: mmToTwips(37), right: mmToTwips(35),
} as const;

/** Width and height of the portrait 版心 in twips (156 × 225 mm). */
export const PORTRAIT_TEXT_WIDTH = A4.width - PORTRAIT_MARGIN.left - PORTRAIT_MARGIN.right;
export const PORTRAIT_TEXT_HEIGHT = A4.height - PORTRAIT_MARGIN.top - PORTRAIT_MARGIN.bottom;
/** Width of the landscape 版心 in twips (225 mm). */
export const LANDSCAPE_TEXT_WIDTH = A4.height - LANDSCAPE_MARGIN.left - LANDSCAPE_MARGIN.right;

/** Font sizes in half-points: 小初 36, 二号 22, 三号 16, 四号 14, 五号 10.5 pt. */
export const SIZE = { xiaochu: 72, erhao: 44, sanhao: 32, sihao: 28, wuhao: 21 } as const;

/** One 三号 character (16 pt) in twips: the unit of every "空N字" indent of the body. */
export const CHAR = 320;
/** One 四号 character (14 pt) in twips: indents of the 页码 and the 版记. */
export const CHAR_SIHAO = 280;

/** Fixed line pitch of the body: 22 lines in the 225 mm 版心 ≈ 28.95 pt [5.2.3]. */
export const LINE_PITCH = 579;
/** Characters per line of the body grid [5.2.3]. */
export const CHARS_PER_LINE = 28;

/**
 * `w:charSpace` for 28 characters of the 16 pt Normal font in the 156 mm line, as Word's page setup
 * computes it: (line width / 28 − 16 pt) × 4096, floored so 28 characters still fit (−842).
 */
export function gridCharSpace(textWidth = PORTRAIT_TEXT_WIDTH, chars = CHARS_PER_LINE, fontPt = 16): number {
  return Math.floor((textWidth / 20 / chars - fontPt) * 4096);
}

/**
 * Character spacing of 三号 runs in twentieths of a point, so that 28 characters fit the line without
 * snapping to the character grid: (156 mm / 28 − 16 pt), floored (−5, i.e. 15.75 pt a character).
 */
export function bodyCharSpacing(textWidth = PORTRAIT_TEXT_WIDTH, chars = CHARS_PER_LINE, fontPt = 16): number {
  return Math.floor((textWidth / 20 / chars - fontPt) * 20);
}

/** 发文机关标志 top edge to the 版心 top edge [7.2.4]. */
export const MASTHEAD_OFFSET = mmToTwips(35);
/** Red separator line 4 mm under the 发文字号 [7.2.7], as a border offset in points. */
export const RED_LINE_SPACE_PT = Math.round((4 / 25.4) * 72);

/** Border widths in eighths of a point: red line and 版记 thick lines 0.35 mm, 版记 thin line 0.25 mm, table grid 0.5 pt. */
export const BORDER = { redLine: 8, thick: 8, thin: 6, grid: 4 } as const;

/** Footer distance from the page edge, so the 页码 line starts 7 mm below the 版心 [7.5]. */
export function footerDistance(bottomMarginMm: number): number {
  const numberHeightMm = (14 / 72) * 25.4;
  return mmToTwips(bottomMarginMm - 7 - numberHeightMm);
}

/** Width of a text in characters: ASCII and half-width forms (digits in Times New Roman) count half. */
export function textWidthInChars(text: string): number {
  return Array.from(text).reduce((sum, ch) => {
    const code = ch.codePointAt(0) ?? 0;
    return sum + (code <= 0x7e || (code >= 0xff61 && code <= 0xffdc) ? 0.5 : 1);
  }, 0);
}
