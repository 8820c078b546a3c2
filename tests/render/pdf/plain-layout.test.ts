/**
 * The PDF's plain layout (no OpenType shaping) gives Chinese text the glyphs and advances fontkit's
 * shaping gives it, and hands anything that needs shaping back to fontkit.
 */
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { loadDefaultFonts } from '../../../src/render/fonts/fonts.js';
import { isPlain, plainLayout, usePlainLayout } from '../../../src/render/pdf/plain-layout.js';
import { prng } from '../../robustness/fuzz.js';

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
  '教办〔2020〕174号；“义务教育”《中华人民共和国政府信息公开条例》（国务院令第711号），①②③√○×…、。：？！',
  '自信息形成或者变更之日起20个工作日内　　年　　月　　日',
];

const distinctFonts = [...new Set(Object.values(loadDefaultFonts().fonts))];

/** Plain characters of the blocks Chinese documents use beside hanzi (scripts/check-plain-layout.mjs takes every one). */
function commonPlainChars(): string[] {
  const chars: string[] = [];
  for (const [from, to] of [
    [0x20, 0xff],
    [0x2010, 0x205e],
    [0x2460, 0x2473],
    [0x25a0, 0x25cf],
    [0x3000, 0x303f],
    [0xff01, 0xff60],
  ] as const) {
    for (let c = from; c <= to; c++) if (isPlain(c)) chars.push(String.fromCodePoint(c));
  }
  return [...chars, ...'中国号年教育局公开目录条第义务'];
}

function samePlainAndShaped(font: Font, text: string): boolean {
  const plain = plainLayout(font, text);
  if (!plain) return false;
  const shaped = shape(font, text);
  return (
    shaped.glyphs.length === plain.glyphs.length &&
    plain.glyphs.every((g, i) => {
      const p = shaped.positions[i]!;
      return shaped.glyphs[i]!.id === g.id && p.xAdvance === plain.positions[i]!.xAdvance && !p.yAdvance && !p.xOffset && !p.yOffset;
    })
  );
}

describe('isPlain', () => {
  // The ranges and kerned characters as plain-layout.ts lists them in its comments, walked the slow way.
  const RANGES = [
    [0x20, 0x40],
    [0x5b, 0x60],
    [0x7b, 0x7e],
    [0xa0, 0xa9],
    [0xab, 0xac],
    [0xae, 0xb4],
    [0xb6, 0xb9],
    [0xbb, 0xbf],
    [0xd7, 0xd7],
    [0xf7, 0xf7],
    [0x2010, 0x2027],
    [0x2030, 0x205e],
    [0x2190, 0x2bff],
    [0x3000, 0x3029],
    [0x3030, 0x3032],
    [0x3036, 0x303f],
    [0x3200, 0x33ff],
    [0x3400, 0x4dbf],
    [0x4e00, 0x9fff],
    [0xf900, 0xfaff],
    [0xfe30, 0xfe4f],
    [0xff01, 0xff20],
    [0xff3b, 0xff40],
    [0xff5b, 0xff60],
    [0xffe0, 0xffee],
  ] as const;
  const KERNED = new Set([...'!"#&\'()*,-./:;?@[\\]_{}¡«®·»¿\u2011\u2012\u2013\u2014\u2015\u201a\u201e\u2039\u203a'].map((c) => c.codePointAt(0)));
  it('is true exactly for the code points of the plain ranges less the kerned ones, up to U+10FFFF', () => {
    const wrong: number[] = [];
    for (let c = -1; c <= 0x10ffff; c++) {
      const expected = RANGES.some(([from, to]) => c >= from && c <= to) && !KERNED.has(c);
      if (isPlain(c) !== expected) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });
});

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

  for (const file of distinctFonts) {
    it(`${file.name}: every pair of common plain characters, and random plain strings, lay out as shaped`, () => {
      const font = open(file.bytes);
      const chars = commonPlainChars().filter((c) => font.hasGlyphForCodePoint(c.codePointAt(0)!));
      const differ: string[] = [];
      for (const a of chars) for (const b of chars) if (!samePlainAndShaped(font, a + b)) differ.push(a + b);
      expect(differ).toEqual([]);
      const hanzi = gb2312Hanzi();
      const pool = [...chars, ...hanzi.slice(0, 400)];
      const next = prng(20201026); // the same random strings on every run
      for (let i = 0; i < 300; i++) {
        const text = Array.from({ length: 3 + Math.floor(next() * 10) }, () => pool[Math.floor(next() * pool.length)]).join('');
        expect(samePlainAndShaped(font, text), JSON.stringify(text)).toBe(true);
      }
    });
  }

  it('leaves letters, kerned punctuation, combining marks, variation selectors, joiners and astral characters to fontkit', () => {
    const font = open(distinctFonts[0]!.bytes);
    for (const text of ['AV', '0A', 'ＡＢ', '((', '——', '".', 'e\u0301', '\u00AD', '葛\uFE00', 'a\u200Db', '𠀀', '\u0627\u0644']) {
      expect(plainLayout(font, text), text).toBeUndefined();
    }
    expect(plainLayout(font, '自2020年10月26日起20个工作日内（教办〔2020〕174号）')).toBeDefined();
  });

  it('usePlainLayout keeps shaping for pdfkit calls with features and for text that needs it', () => {
    const font = open(distinctFonts[0]!.bytes);
    usePlainLayout(font);
    const layout = (text: string, features?: unknown): ShapedRun => (font as unknown as { layout(t: string, f?: unknown): ShapedRun }).layout(text, features);
    expect(layout('公开').constructor.name).toBe('PlainRun');
    expect(layout('公开', ['kern']).constructor.name).not.toBe('PlainRun');
    expect(layout('e\u0301').constructor.name).not.toBe('PlainRun');
    expect(layout('GB/T 9704').constructor.name).not.toBe('PlainRun');
    expect(layout('e\u0301').glyphs.length).toBeGreaterThan(0);
  });
});
