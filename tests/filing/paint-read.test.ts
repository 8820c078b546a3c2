// readPainting's cheaper reading (font faces to a stand-in document instead of glyph paths traced per glyph,
// font tokens made once per document): a glyph outline changed in the program still paints otherwise.
import { describe, expect, it } from 'vitest';
import { readPainting } from '../../src/filing/paint.js';
import { fontProgram, glyphIdOf, rewriteGlyphs, withFontProgram } from './font-forge.js';
import { buildFiling, checkCatalogue, has } from './helpers.js';

describe('readPainting', () => {
  it.skipIf(!has('qpdf'))('names each font by its program on every page: two outlines swapped paint otherwise, on every page that uses the font', async () => {
    const good = await buildFiling(checkCatalogue('catalogues/weihui.yaml'));
    const font = 'NotoSerifSC-Regular';
    const { program } = fontProgram(good, font);
    const [a, b] = [await glyphIdOf(good, font, '主'), await glyphIdOf(good, font, '依')];
    const forged = withFontProgram(
      good,
      font,
      rewriteGlyphs(program, (g) => g.map((x, i) => (i === a ? g[b]! : i === b ? g[a]! : x))),
    );
    const [ours, again, theirs] = [await readPainting(good), await readPainting(good), await readPainting(forged)];
    expect(again).toEqual(ours);
    expect(theirs.pages.length).toBe(ours.pages.length);
    // The glyphs, their Unicode and advances are the same: only the font program (hashed into its token) differs.
    expect(theirs.pages.map((p) => p.text)).toEqual(ours.pages.map((p) => p.text));
    const usesFont = ours.pages.map((p, i) => p.fonts.some((f) => !(theirs.pages[i]?.fonts ?? []).includes(f)));
    expect(usesFont.filter(Boolean).length).toBeGreaterThan(1);
    ours.pages.forEach((p, i) => {
      if (usesFont[i]) expect(theirs.pages[i]?.hash).not.toBe(p.hash);
      else expect(theirs.pages[i]?.hash).toBe(p.hash);
    });
  });
});
