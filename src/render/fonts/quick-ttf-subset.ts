/**
 * Makes fontkit's TrueType subsets copy each glyph's bytes from `glyf` as they are: fontkit decoded every glyph
 * (its points, one object each) only to learn whether it is composite, and copies a simple glyph's bytes anyway.
 */
import type { Font } from 'fontkit';

/** fontkit 2.0.x `TTFSubset` as pdfkit uses it: `encode()` calls `_addGlyph` on itself for each glyph (see library-patches.ts). */
export interface TtfSubsetInternals {
  readonly font: TtfFontInternals;
  readonly glyphs: number[];
  glyf: Uint8Array[];
  offset: number;
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  includeGlyph(gid: number): number;
  _addGlyph(gid: number): number;
}

/** What of fontkit's TTFFont the copy reads: the glyph offsets, the file's bytes and where `glyf` lies in them. */
interface TtfFontInternals {
  readonly loca: { readonly offsets: readonly number[] };
  readonly stream: { readonly buffer: Uint8Array };
  readonly directory: { readonly tables: Record<string, { offset: number; length: number } | undefined> };
  readonly _variationProcessor?: unknown;
  getGlyph(gid: number): { advanceWidth: number; _getMetrics(): { leftBearing: number } };
}

// Composite glyph flags (OpenType `glyf`).
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/** The byte offsets, in a composite glyph's data, of its components' glyph ids (as fontkit's `_decodeComposite` finds them). */
function componentIdOffsets(data: Uint8Array): number[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const at: number[] = [];
  let pos = 10; // numberOfContours and the bounding box
  let flags = MORE_COMPONENTS;
  while (flags & MORE_COMPONENTS) {
    flags = view.getUint16(pos);
    at.push(pos + 2);
    pos += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) pos += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) pos += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) pos += 8;
  }
  return at;
}

/**
 * fontkit's `_addGlyph` without decoding the glyph: the same bytes (a simple glyph's as they are, a composite's
 * with its components renumbered in the order fontkit includes them), offsets and metrics.
 */
function addGlyph(this: TtfSubsetInternals, gid: number): number {
  // library-patches.ts: fontkit-ttf-subset
  const font = this.font;
  const glyph = font.getGlyph(gid); // a partly read face (sparse.ts) reads the glyph's bytes here
  const start = font.loca.offsets[gid] ?? 0;
  const end = font.loca.offsets[gid + 1] ?? start;
  const base = font.directory.tables.glyf?.offset ?? 0;
  let data = font.stream.buffer.subarray(base + start, base + end);
  if (data.length >= 10 && new DataView(data.buffer, data.byteOffset, 2).getInt16(0) < 0) {
    data = new Uint8Array(data);
    const view = new DataView(data.buffer);
    for (const at of componentIdOffsets(data)) view.setUint16(at, this.includeGlyph(view.getUint16(at)));
  }
  this.glyf.push(data);
  this.loca.offsets.push(this.offset);
  this.hmtx.metrics.push({ advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing });
  this.offset += data.length;
  return this.glyf.length - 1;
}

/** Gives this subset object the copying `_addGlyph`; left as fontkit made it for a CFF font or a variable one (whose outlines are re-encoded). */
export function quickTtfSubset(subset: TtfSubsetInternals): void {
  const font = subset.font;
  if (typeof subset._addGlyph !== 'function' || font._variationProcessor || font.directory.tables.glyf === undefined || !Array.isArray(font.loca?.offsets))
    return;
  subset._addGlyph = addGlyph;
}

const patched = new WeakSet<Font>();

/** Every subset this TrueType font object makes from now on copies its glyphs (pdfkit makes one per document). */
export function useQuickTtfSubsets(font: Font): void {
  if (patched.has(font)) return;
  patched.add(font);
  const internals = font as unknown as { directory: TtfFontInternals['directory']; createSubset(): TtfSubsetInternals };
  if (internals.directory.tables.glyf === undefined) return;
  const create = internals.createSubset.bind(internals);
  internals.createSubset = () => {
    const subset = create();
    quickTtfSubset(subset);
    return subset;
  };
}
