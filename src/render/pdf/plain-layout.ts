/**
 * Text layout without OpenType shaping, for pdfkit and the bundled fonts.
 *
 * pdfkit asks the font's `layout(text)` for glyphs and advances every time it measures or draws a string,
 * and fontkit's layout runs the whole GSUB/GPOS machinery for it: in a county build that was the largest
 * single cost of the PDF (≈ 100 ms of 450). For Chinese text the bundled fonts' shaping changes nothing —
 * each character is the glyph the cmap gives, at its hmtx advance — so that is what this returns, for
 * strings made only of characters of PLAIN_RANGES. Every other string (one with a Latin letter, a
 * combining mark, a joiner …) and every call with explicit features still goes to fontkit. The PDF bytes
 * are therefore the same as with shaping everywhere, which `catalog verify` relies on: it rebuilds a
 * filing and compares bytes. Office fonts (`--fonts`) are always shaped: nothing was measured for them.
 */
import type { Font, Glyph } from 'fontkit';

/**
 * Code point ranges (inclusive) where fontkit's shaping gives every character its own glyph at its own
 * advance in the bundled fonts, alone and next to any other character of these ranges (measured pair by
 * pair, and on random strings: tests/render/pdf/plain-layout.test.ts). Left out, and so still shaped:
 * letters — Latin (ASCII, Latin-1, extended, fullwidth), Greek, Cyrillic, kana — because kerning and the
 * Latin script's features apply to them and to digits or punctuation beside them; the soft hyphen and
 * other default-ignorable or combining characters; 〳〴〵.
 */
const PLAIN_RANGES: readonly (readonly [number, number])[] = [
  [0x0020, 0x0040], // space, ASCII punctuation, digits, @
  [0x005b, 0x0060], // [ \ ] ^ _ `
  [0x007b, 0x007e], // { | } ~
  [0x00a0, 0x00a9], // no-break space, ¡ ¢ £ ¤ ¥ ¦ § ¨ ©
  [0x00ab, 0x00ac], // « ¬
  [0x00ae, 0x00b4], // ® ¯ ° ± ² ³ ´
  [0x00b6, 0x00b9], // ¶ · ¸ ¹
  [0x00bb, 0x00bf], // » ¼ ½ ¾ ¿
  [0x00d7, 0x00d7], // ×
  [0x00f7, 0x00f7], // ÷
  [0x2010, 0x2027], // dashes, quotes, bullets, ellipsis
  [0x2030, 0x205e], // per mille, primes, ※ …
  [0x2190, 0x2bff], // arrows, math (√), technical, ①, box drawing, shapes (○), symbols
  [0x3000, 0x3029], // CJK symbols and punctuation (、。〔〕《》「」) up to the combining tone marks
  [0x3030, 0x3032], // 〰 〱 〲
  [0x3036, 0x303f], // 〶 … 〿
  [0x3200, 0x33ff], // enclosed CJK letters (㊀), CJK compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff01, 0xff20], // fullwidth punctuation and digits
  [0xff3b, 0xff40], // ［ ＼ ］ ＾ ＿ ｀
  [0xff5b, 0xff60], // ｛ ｜ ｝ ～ ｟ ｠
  [0xffe0, 0xffee], // fullwidth ￠ ￡ ￢ ￣ ￤ ￥ ￦, halfwidth forms of symbols
];

/**
 * Punctuation inside those ranges that the Noto fonts kern against neighbouring punctuation (`((`, `".`,
 * `——` …): strings with any of these are shaped.
 */
const KERNED = new Set([...'!"#&\'()*,-./:;?@[\\]_{}¡«®·»¿\u2011\u2012\u2013\u2014\u2015\u201a\u201e\u2039\u203a'].map((c) => c.codePointAt(0)!));

/**
 * PLAIN_RANGES less KERNED as one flag per UTF-16 code unit (64 KB, made once): `isPlain` runs for every
 * character of every string pdfkit measures or draws, and the walk through the ranges was ~40 ms of a
 * notice build's profile.
 */
const PLAIN = ((): Uint8Array => {
  const flags = new Uint8Array(0x10000);
  for (const [from, to] of PLAIN_RANGES) flags.fill(1, from, to + 1);
  for (const codePoint of KERNED) flags[codePoint] = 0;
  return flags;
})();

/** Whether `codePoint` is laid out without shaping (see PLAIN_RANGES and KERNED). */
export function isPlain(codePoint: number): boolean {
  return PLAIN[codePoint] === 1; // undefined (not plain) beyond the BMP or for a non-integer
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
 * The glyph of each code point a font has laid out: fontkit's glyphForCodePoint looks the cmap up on every
 * call and then returns the glyph object it keeps per id, so remembering that object changes nothing but
 * the time (the fonts are parsed once per process, so a second document finds most of its characters here).
 */
const glyphsByCodePoint = new WeakMap<Font, Map<number, Glyph>>();

/**
 * One glyph per character by the cmap, advances from hmtx; undefined when `text` has a character
 * outside the plain ranges (the caller then shapes it).
 */
export function plainLayout(font: Font, text: string): PlainRun | undefined {
  const glyphs: Glyph[] = [];
  const positions: Position[] = [];
  let known = glyphsByCodePoint.get(font);
  if (known === undefined) glyphsByCodePoint.set(font, (known = new Map()));
  for (let i = 0; i < text.length; i++) {
    const codePoint = text.charCodeAt(i);
    if (!isPlain(codePoint)) return undefined; // surrogates (outside every range) go to fontkit too
    let glyph = known.get(codePoint);
    if (glyph === undefined) known.set(codePoint, (glyph = font.glyphForCodePoint(codePoint)));
    glyphs.push(glyph);
    positions.push({ xAdvance: glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 });
  }
  return new PlainRun(glyphs, positions);
}

type Layout = (text: unknown, features?: unknown, ...rest: unknown[]) => unknown;

/**
 * Makes `font.layout` take the plain path for plain text without features (pdfkit's only call) and
 * fontkit's shaping for everything else. Changes this font object only; for the bundled fonts only.
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
  Object.defineProperty(font, 'layout', { value: layout, configurable: true, writable: true }); // library-patches.ts: fontkit-layout
}
