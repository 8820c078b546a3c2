/**
 * Text layout without OpenType shaping, for pdfkit.
 *
 * pdfkit asks the font's `layout(text)` for glyphs and advances every time it measures or draws a string,
 * and fontkit's layout runs the whole GSUB/GPOS machinery for it: in a county build that was the largest
 * single cost of the PDF (≈ 100 ms of 450). Chinese official text needs none of it — each character is
 * one glyph found in the cmap with its advance from hmtx, which is also how our line breaking measures
 * (text.ts sums advances character by character). Shaping only ever changed the kerning between Latin
 * letters, which made the drawn line narrower than the width we justified it to; now drawing and
 * measuring agree.
 *
 * Anything that really needs shaping — combining marks, variation selectors, joiners, scripts outside
 * the ranges below, or pdfkit asking for explicit features — still goes to fontkit.
 */
import type { Font, Glyph } from 'fontkit';

/** Code point ranges (inclusive) where one character is one glyph: Latin, CJK, punctuation and symbols. */
const PLAIN_RANGES: readonly (readonly [number, number])[] = [
  [0x0020, 0x007e], // ASCII
  [0x00a0, 0x02af], // Latin-1, Latin Extended-A/B, IPA (precomposed letters)
  [0x2010, 0x2027], // dashes, quotes, bullets, ellipsis
  [0x2030, 0x205e], // per mille, primes, ※ …
  [0x2070, 0x2bff], // super/subscripts, currency, letterlike, number forms, arrows, math (√), technical, ①, box drawing, shapes (○), symbols
  [0x3000, 0x303f], // CJK symbols and punctuation (〔〕、。「」)
  [0x3040, 0x30ff], // kana
  [0x3200, 0x33ff], // enclosed CJK letters, CJK compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff01, 0xffef], // fullwidth and halfwidth forms
];

function isPlain(codePoint: number): boolean {
  for (const [from, to] of PLAIN_RANGES) {
    if (codePoint < from) return false;
    if (codePoint <= to) return true;
  }
  return false;
}

/** The parts of a fontkit GlyphPosition that pdfkit reads (it scales every enumerable key). */
interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

/** What pdfkit reads of a fontkit GlyphRun: the glyphs, their positions and the summed advance. */
class PlainRun {
  constructor(
    readonly glyphs: Glyph[],
    readonly positions: Position[],
  ) {}

  /** Like fontkit's GlyphRun: summed on demand, because pdfkit scales the positions after layout. */
  get advanceWidth(): number {
    let width = 0;
    for (const position of this.positions) width += position.xAdvance;
    return width;
  }
}

/**
 * One glyph per character by the cmap, advances from hmtx; undefined when `text` has a character
 * outside the plain ranges (the caller then shapes it).
 */
export function plainLayout(font: Font, text: string): PlainRun | undefined {
  const glyphs: Glyph[] = [];
  const positions: Position[] = [];
  for (let i = 0; i < text.length; i++) {
    const codePoint = text.charCodeAt(i);
    if (!isPlain(codePoint)) return undefined; // surrogates (outside every range) go to fontkit too
    const glyph = font.glyphForCodePoint(codePoint);
    glyphs.push(glyph);
    positions.push({ xAdvance: glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 });
  }
  return new PlainRun(glyphs, positions);
}

type Layout = (text: unknown, features?: unknown, ...rest: unknown[]) => unknown;

/**
 * Makes `font.layout` take the plain path for plain text without features (pdfkit's only call) and
 * fontkit's shaping for everything else. Changes this font object only.
 */
export function usePlainLayout(font: Font): void {
  const shaped = (font as unknown as { layout: Layout }).layout.bind(font);
  const layout: Layout = (text, features, ...rest) => {
    const noFeatures = features == null || (typeof features === 'object' && Object.keys(features).length === 0);
    if (typeof text === 'string' && noFeatures && rest.length === 0) {
      const run = plainLayout(font, text);
      if (run !== undefined) return run;
    }
    return shaped(text, features, ...rest);
  };
  Object.defineProperty(font, 'layout', { value: layout, configurable: true, writable: true });
}
