/** The `post` header read from the bytes is what fontkit decodes, and pdfkit's reads get it without the glyph names. */
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { loadDefaultFonts } from '../../../src/render/fonts/fonts.js';
import { readPostHeader, useLightPost } from '../../../src/render/pdf/post-header.js';

const fonts = [...new Set(Object.values(loadDefaultFonts().fonts))];
const post = (font: Font): Record<string, unknown> => (font as unknown as { post: Record<string, unknown> }).post;

describe('post header', () => {
  for (const file of fonts) {
    it(`${file.name}: the header fields equal fontkit's full decode`, () => {
      const full = post(create(file.bytes) as Font);
      const header = readPostHeader(create(file.bytes) as Font)!;
      expect(header).toBeDefined();
      for (const [key, value] of Object.entries(header)) expect(value, key).toBe(full[key]);
    });
  }

  it('useLightPost: post and italicAngle come from the header, no glyph names are decoded', () => {
    const font = create(fonts.find((f) => f.name.startsWith('LXGW'))!.bytes) as Font;
    useLightPost(font);
    expect(post(font)).not.toHaveProperty('names');
    expect(post(font).isFixedPitch).toBe(0);
    expect((font as unknown as { italicAngle: number }).italicAngle).toBe(0);
    // the full decode of the same font has the names this skips
    expect(post(create(fonts.find((f) => f.name.startsWith('LXGW'))!.bytes) as Font)).toHaveProperty('names');
  });
});
