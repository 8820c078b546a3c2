/** The slice of fontkit 2 (pdfkit's font engine, no published types) that the font loader and the PDF's plain layout use. */
declare module 'fontkit' {
  /** One font face. */
  export interface Font {
    readonly type: string;
    /** A string, or raw bytes when the name table stores it in a legacy encoding. */
    readonly postscriptName: string | Uint8Array | null;
    readonly familyName: string | null;
    readonly numGlyphs: number;
    readonly unitsPerEm: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    /** The glyph the cmap maps `codePoint` to (.notdef, id 0, when there is none). */
    glyphForCodePoint(codePoint: number): Glyph;
    /** Shapes `text` with the font's default features (ligatures …). */
    layout(text: string): { readonly glyphs: readonly Glyph[] };
  }

  /** One glyph of a face; metrics in font units. */
  export interface Glyph {
    readonly id: number;
    readonly codePoints: readonly number[];
    readonly advanceWidth: number;
    /** The outline, as drawing commands in font units. */
    readonly path: { readonly commands: readonly { readonly command: string; readonly args: readonly number[] }[] };
  }

  /** A .ttc/.dfont holding several faces. */
  export interface FontCollection {
    readonly type: 'TTC' | 'DFont';
    readonly fonts: Font[];
    getFont(postscriptName: string): Font | null;
  }

  /** Parses font bytes (throws on an unknown format). */
  export function create(buffer: Uint8Array): Font | FontCollection;
  /** Picks a face out of a collection by PostScript name (null when absent); only for collections. */
  export function create(buffer: Uint8Array, postscriptName: string): Font | FontCollection | null;
}
