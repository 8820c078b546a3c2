/**
 * The PDF's plain layout (no OpenType shaping) gives Chinese text the glyphs and advances fontkit's
 * shaping gives it, and hands anything that needs shaping back to fontkit.
 */
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { loadDefaultFonts } from '../../../src/render/fonts/fonts.js';
import { plainLayout, usePlainLayout } from '../../../src/render/pdf/plain-layout.js';

interface ShapedRun {
  glyphs: { id: number }[];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[];
}
const shape = (font: Font, text: string): ShapedRun => (font as unknown as { layout(t: string): ShapedRun }).layout(text);
const open = (bytes: Uint8Array): Font => create(bytes) as Font;

/** Every GB2312 hanzi (EUC-CN rows 0xB0–0xF7; the five unassigned cells of row 0xD7 decode to private use and are dropped). */
function gb2312Hanzi(): string {
  const decoder = new TextDecoder('gb18030');
  let text = '';
  for (let hi = 0xb0; hi <= 0xf7; hi++) for (let lo = 0xa1; lo <= 0xfe; lo++) text += decoder.decode(new Uint8Array([hi, lo]));
  return text.replace(/[^\u4E00-\u9FFF]/g, '');
}

const SAMPLES = [
  gb2312Hanzi(),
  '教办〔2020〕174号；“义务教育”《中华人民共和国政府信息公开条例》（国务院令第711号），①②③√○×—…、。：？！',
  '自信息形成或者变更之日起20个工作日内　　年　　月　　日',
];

const distinctFonts = [...new Set(Object.values(loadDefaultFonts().fonts))];

describe('plain layout', () => {
  for (const file of distinctFonts) {
    it(`${file.name}: Chinese text gets the glyphs and advances fontkit's shaping gives`, () => {
      const font = open(file.bytes);
      for (const text of SAMPLES) {
        const plain = plainLayout(font, text)!;
        const shaped = shape(font, text);
        expect(plain.glyphs.map((g) => g.id)).toEqual(shaped.glyphs.map((g) => g.id));
        expect(plain.positions).toEqual(shaped.positions.map((p) => ({ xAdvance: p.xAdvance, yAdvance: p.yAdvance, xOffset: p.xOffset, yOffset: p.yOffset })));
        expect(plain.advanceWidth).toBe(shaped.positions.reduce((sum, p) => sum + p.xAdvance, 0));
      }
    });
  }

  it('leaves combining marks, variation selectors, joiners and astral characters to fontkit', () => {
    const font = open(distinctFonts[0]!.bytes);
    for (const text of ['e\u0301', '葛\uFE00', 'a\u200Db', '𠀀', '\u0627\u0644']) expect(plainLayout(font, text), text).toBeUndefined();
    expect(plainLayout(font, 'GB/T 9704—2012 第5.2.3条')).toBeDefined();
  });

  it('usePlainLayout keeps shaping for pdfkit calls with features and for text that needs it', () => {
    const font = open(distinctFonts[0]!.bytes);
    usePlainLayout(font);
    const layout = (text: string, features?: unknown): ShapedRun => (font as unknown as { layout(t: string, f?: unknown): ShapedRun }).layout(text, features);
    expect(layout('公开').constructor.name).toBe('PlainRun');
    expect(layout('公开', ['kern']).constructor.name).not.toBe('PlainRun');
    expect(layout('e\u0301').constructor.name).not.toBe('PlainRun');
    expect(layout('e\u0301').glyphs.length).toBeGreaterThan(0);
  });
});
