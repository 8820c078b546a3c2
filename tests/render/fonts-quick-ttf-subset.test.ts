// The TrueType subset that copies glyph bytes: byte for byte the subset fontkit makes, composite glyphs
// (LXGW WenKai has some) renumbered as fontkit renumbers them, and a face read glyph by glyph the same.
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { loadDefaultFonts } from '../../src/render/fonts/fonts.js';
import { quickTtfSubset, type TtfSubsetInternals, useQuickTtfSubsets } from '../../src/render/fonts/quick-ttf-subset.js';
import { glyphByGlyphFace } from '../../src/render/fonts/sparse.js';

const require = createRequire(import.meta.url);
const serif = require.resolve('@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf');
const { fonts } = loadDefaultFonts();
const TEXT = '新乡市教育局关于印发义务教育领域基层政务公开标准目录的通知（2020年10月26日）ABCxyz0123，。、；：“”√';

interface Glyphs {
  loca: { offsets: number[] };
  stream: { buffer: Uint8Array };
  directory: { tables: Record<string, { offset: number }> };
}

/** The ids of the font's composite glyphs (numberOfContours < 0). */
function composites(font: Font): number[] {
  const { loca, stream, directory } = font as unknown as Glyphs;
  const base = directory.tables.glyf!.offset;
  const view = new DataView(stream.buffer.buffer, stream.buffer.byteOffset, stream.buffer.byteLength);
  const ids: number[] = [];
  for (let g = 0; g + 1 < loca.offsets.length; g++)
    if (loca.offsets[g + 1]! - loca.offsets[g]! >= 10 && view.getInt16(base + loca.offsets[g]!) < 0) ids.push(g);
  return ids;
}

/** Glyph ids a document might use: those of TEXT, every composite, and a spread over the whole font (empty glyphs too). */
function someGlyphs(font: Font): number[] {
  const spread = Array.from({ length: 300 }, (_, i) => (i * 7919) % font.numGlyphs);
  return [...[...TEXT].map((c) => font.glyphForCodePoint(c.codePointAt(0)!).id), ...composites(font), ...spread];
}

type Subset = TtfSubsetInternals & { encode(): Buffer };

/** A new subset of `font` (fontkit's typings leave `createSubset` out). */
const subsetOf = (font: Font): Subset => (font as unknown as { createSubset(): Subset }).createSubset();

/** The bytes of a subset of `ids` made by `font`, with the copying `_addGlyph` or fontkit's own. */
function subsetBytes(font: Font, ids: readonly number[], quick: boolean): Buffer {
  const subset = subsetOf(font);
  if (quick) {
    const own = subset._addGlyph;
    quickTtfSubset(subset);
    expect(subset._addGlyph).not.toBe(own);
  }
  for (const id of ids) subset.includeGlyph(id);
  return Buffer.from(subset.encode());
}

describe('quick TrueType subsets', () => {
  it.each([
    ['Noto Serif SC', 'song'],
    ['LXGW WenKai (composite glyphs)', 'kai'],
  ] as const)('%s: the same bytes as fontkit’s subset', (_name, role) => {
    const font = create(fonts[role].bytes) as Font;
    const ids = someGlyphs(font);
    expect(subsetBytes(font, ids, true).equals(subsetBytes(create(fonts[role].bytes) as Font, ids, false))).toBe(true);
  });

  it('renumbers a composite glyph’s components to their places in the subset', () => {
    const font = create(fonts.kai.bytes) as Font;
    const [composite] = composites(font);
    expect(composite).toBeDefined();
    const subset = subsetOf(font);
    quickTtfSubset(subset);
    subset.includeGlyph(composite!);
    subset.encode();
    // glyph 0, the composite, then its components, each added once
    expect(subset.glyphs.slice(0, 2)).toEqual([0, composite]);
    expect(subset.glyphs.length).toBeGreaterThan(2);
    const data = subset.glyf[1]!;
    const first = new DataView(data.buffer, data.byteOffset, data.byteLength).getUint16(12);
    expect(first).toBeGreaterThanOrEqual(2);
    expect(subset.glyphs[first]).not.toBe(composite);
  });

  it('copies the glyphs of a face read glyph by glyph (sparse.ts) as fontkit reads the whole file', () => {
    const sparse = glyphByGlyphFace(serif)!;
    useQuickTtfSubsets(sparse);
    const ids = someGlyphs(create(fonts.song.bytes) as Font);
    const subset = subsetOf(sparse);
    for (const id of ids) subset.includeGlyph(id);
    expect(Buffer.from(subset.encode()).equals(subsetBytes(create(fonts.song.bytes) as Font, ids, false))).toBe(true);
  });

  it('leaves a CFF font’s subsets to fontkit', () => {
    const font = create(fonts.hei.bytes) as Font;
    const own = subsetOf(font)._addGlyph;
    useQuickTtfSubsets(font);
    expect(subsetOf(font)._addGlyph).toBe(own);
  });
});
