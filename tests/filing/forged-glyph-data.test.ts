/**
 * A composite glyph fontkit draws otherwise than FreeType: the √ of the table's font (NotoSerifSC-Regular)
 * made a composite of one component, a copy of its outline added at the end of the subset, placed by point
 * matching (ARGS_ARE_XY_VALUES clear, points 0 and 0). fontkit (the font judge's reader) and pdf.js's own
 * glyph compiler take the arguments as an offset of 0, 0 and draw the genuine √; FreeType (PDFium, MuPDF)
 * refuses a first component matched to a point that does not exist and draws nothing: every √ of the
 * filing is gone in Chrome, Edge and MuPDF. The font program is not the rebuild's, so the font judge
 * compared outlines and found them all the trusted face's. Red-team g3. The same with a simple glyph
 * FreeType refuses: the √ given a second contour that ends where the first does (fontkit draws the first
 * contour and nothing for the empty one). Red-team g4.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { VerifyEnv } from '../../src/filing/verify.js';
import { codesOf, fontProgram, rewriteGlyphs, withFontProgram } from './font-forge.js';
import { buildFiling, checkCatalogue, filingFindings, has, tempDir, verifyEnv } from './helpers.js';

let env: VerifyEnv;
let good: Uint8Array;

beforeAll(async () => {
  env = verifyEnv(tempDir());
  good = await buildFiling(checkCatalogue('catalogues/weihui.yaml'));
});

/** A composite glyph of one component, glyph `of`, placed by matching its point 0 to point 0 of the glyph so far. */
function compositeByPoints(original: Buffer, of: number): Buffer {
  const g = Buffer.alloc(18);
  g.writeInt16BE(-1, 0);
  original.copy(g, 2, 2, 10);
  g.writeUInt16BE(0x0001, 10);
  g.writeUInt16BE(of, 12);
  return g;
}

describe('glyph data fontkit and FreeType draw otherwise', () => {
  it.skipIf(!has('qpdf'))('every √ a composite placed by point matching (genuine for fontkit, nothing for FreeType) is tampered-document', async () => {
    const name = 'NotoSerifSC-Regular';
    const gid = (await codesOf(good, name, '√')).code;
    const program = rewriteGlyphs(fontProgram(good, name).program, (glyphs) => [
      ...glyphs.map((g, i) => (i === gid ? compositeByPoints(g, glyphs.length) : g)),
      glyphs[gid]!,
    ]);
    const r = await filingFindings(withFontProgram(good, name, program), env);
    expect(r.integrity).toBe('tampered');
    expect(r.found.map((f) => `${f.rule}:${f.messageId}:${String(f.data?.char ?? '')}`)).toContain('tampered-document:glyph:√');
  });

  it.skipIf(!has('qpdf'))(
    'every √ with a second contour ending where the first ends (fontkit draws it, FreeType refuses it) is tampered-document',
    async () => {
      const name = 'NotoSerifSC-Regular';
      const gid = (await codesOf(good, name, '√')).code;
      const program = rewriteGlyphs(fontProgram(good, name).program, (glyphs) =>
        glyphs.map((g, i) => {
          if (i !== gid) return g;
          const n = g.readInt16BE(0);
          const head = Buffer.from(g.subarray(0, 10));
          head.writeInt16BE(n + 1, 0);
          const ends = g.subarray(10, 10 + 2 * n);
          return Buffer.concat([head, ends, ends.subarray(2 * n - 2), g.subarray(10 + 2 * n)]);
        }),
      );
      const r = await filingFindings(withFontProgram(good, name, program), env);
      expect(r.integrity).toBe('tampered');
      expect(r.found.map((f) => `${f.rule}:${f.messageId}:${String(f.data?.char ?? '')}`)).toContain('tampered-document:glyph:√');
    },
  );
});
