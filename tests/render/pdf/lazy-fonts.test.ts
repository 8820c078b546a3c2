/** A font no text of a document is set in is never read: the notice (no 楷体) renders without the 楷体 file's bytes. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { FontFile, FontSet } from '../../../src/render/fonts/fonts.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { example } from './fixtures.js';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The same font set, but reading the 楷体 file's bytes throws (same name and source: the same metadata). */
function withUnreadableKai(fonts: FontSet): FontSet {
  const kai = fonts.fonts.kai;
  const unreadable: FontFile = {
    name: kai.name,
    source: kai.source,
    bundled: true,
    get bytes(): Uint8Array {
      throw new Error('the 楷体 font was read');
    },
  };
  return { fonts: { ...fonts.fonts, kai: unreadable } };
}

describe('fonts read on first use', () => {
  it('renders the weihui notice, which sets nothing in 楷体, to the same bytes without reading the 楷体 font', async () => {
    const ex = example('catalogues/weihui.yaml');
    const expected = sha256(await renderPdf(ex.notice, ex.options));
    const lazy = await renderPdf(ex.notice, { ...ex.options, fonts: withUnreadableKai(ex.options.fonts) });
    expect(sha256(lazy)).toBe(expected);
  });

  it('does read it for the filing, which sets its 二级层次 in 楷体', async () => {
    const ex = example('catalogues/weihui.yaml');
    await expect(renderPdf(ex.filing, { ...ex.options, fonts: withUnreadableKai(ex.options.fonts) })).rejects.toThrow('楷体 font was read');
  });

  it('names every bundled face without reading its glyphs (the name comes from the name table)', async () => {
    const { loadDefaultFonts, parsedFace } = await import('../../../src/render/fonts/fonts.js');
    for (const file of Object.values(loadDefaultFonts().fonts)) expect(file.name).toBe(parsedFace(file).postscriptName);
  });
});
