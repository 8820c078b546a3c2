// The partial font readers: the same names and glyphs as fontkit reading the whole file, without
// making (and dropping) a buffer of the file's size when they do not keep it. Dropping one raised
// glibc's mmap threshold to the font's size and verify's workers kept tens of MB of freed memory.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, type Font } from 'fontkit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { glyphByGlyphFace, nameOnlyFace } from '../../src/render/fonts/sparse.js';

const require = createRequire(import.meta.url);
const serif = require.resolve('@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf');
const sans = join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts', 'NotoSansHans-Regular.otf');

/** The sizes of the buffers Buffer.alloc made while `run` ran. */
function allocations(run: () => unknown): number[] {
  const sizes: number[] = [];
  const alloc = Buffer.alloc.bind(Buffer);
  vi.spyOn(Buffer, 'alloc').mockImplementation(((size: number, ...rest: []) => {
    sizes.push(size);
    return alloc(size, ...rest);
  }) as typeof Buffer.alloc);
  run();
  vi.restoreAllMocks();
  return sizes;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('nameOnlyFace', () => {
  it.each([
    ['TrueType', serif],
    ['CFF', sans],
  ])('reads the PostScript name of a %s font as fontkit does, in buffers far smaller than the file', (_kind, path) => {
    const whole = create(readFileSync(path)) as Font;
    let name: Font['postscriptName'] = '';
    const sizes = allocations(() => {
      name = nameOnlyFace(path).postscriptName;
    });
    expect(name).toBe(whole.postscriptName);
    expect(Math.max(...sizes)).toBeLessThan(statSync(path).size / 100);
  });
});

describe('glyphByGlyphFace', () => {
  it('gives the loca fontkit decodes (read straight from the bytes, not through restructure)', () => {
    const bold = require.resolve('@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf');
    for (const path of [serif, bold]) {
      const quick = (glyphByGlyphFace(path) as unknown as { loca: object }).loca;
      const decoded = (create(readFileSync(path)) as unknown as { loca: object }).loca;
      expect({ ...quick }).toEqual({ ...decoded });
    }
  });
  it('leaves a CFF font to the caller without making a buffer of its size', () => {
    let face: Font | undefined;
    const sizes = allocations(() => {
      face = glyphByGlyphFace(sans);
    });
    expect(face).toBeUndefined();
    expect(Math.max(...sizes)).toBeLessThan(statSync(sans).size / 100);
  });

  it('gives a TrueType font the same glyph outlines and advances as the whole file', () => {
    const whole = create(readFileSync(serif)) as Font;
    const sparse = glyphByGlyphFace(serif);
    expect(sparse).toBeDefined();
    for (const ch of '义务教育政府网站√') {
      const a = whole.glyphForCodePoint(ch.codePointAt(0) ?? 0);
      const b = sparse?.glyphForCodePoint(ch.codePointAt(0) ?? 0);
      expect(a.id).toBeGreaterThan(0);
      expect(b?.id).toBe(a.id);
      expect(b?.advanceWidth).toBe(a.advanceWidth);
      expect(b?.path.commands).toEqual(a.path.commands);
    }
  });
});
