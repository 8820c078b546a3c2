/** A character no font has stops the render with the character and the item named, before anything is drawn. */
import { describe, expect, it } from 'vitest';
import { MissingGlyphError, renderPdf } from '../../../src/render/pdf/index.js';
import { example } from './fixtures.js';

describe('missing glyphs', () => {
  it('throws MissingGlyphError naming U+E000 and the item it is in', async () => {
    const ex = example('tests/render/pdf/fixtures/missing-glyph.yaml');
    const error = await renderPdf(ex.notice, ex.options).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MissingGlyphError);
    const missing = (error as MissingGlyphError).missing;
    expect(missing).toContainEqual({ chars: ['\uE000'], role: 'fang', where: '事项 glyphtest.notice', itemId: 'glyphtest.notice' });
    expect((error as Error).message).toContain('字体中没有“\uE000”（事项 glyphtest.notice）');
  });

  it('names the body when the text has the character', async () => {
    const ex = example('catalogues/weihui.yaml');
    const body = ex.notice.body.map((b) => (b.kind === 'paragraph' ? { ...b, runs: [...b.runs, { text: '\uE001', role: 'fang' as const }] } : b));
    await expect(renderPdf({ ...ex.notice, body }, ex.options)).rejects.toThrow('字体中没有“\uE001”（正文）');
  });

  it('checks the title in the title font', async () => {
    const ex = example('catalogues/weihui.yaml');
    const body = ex.notice.body.map((b) => (b.kind === 'title' ? { ...b, text: `${b.text}\uE002` } : b));
    const error = await renderPdf({ ...ex.notice, body }, ex.options).catch((e: unknown) => e);
    expect((error as MissingGlyphError).missing).toEqual([{ chars: ['\uE002'], role: 'title', where: '标题' }]);
  });
});
