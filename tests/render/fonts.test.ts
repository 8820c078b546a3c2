/** The PDF's fonts: WOFF conversion, GB2312 coverage of every default, office font folders, missing glyphs. */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create, type Font } from 'fontkit';
import PDFDocument from 'pdfkit';
import { afterAll, describe, expect, it } from 'vitest';
import { describeFonts, FONT_ROLES, findMissingGlyphs, loadDefaultFonts, loadFontsFromDir } from '../../src/render/fonts/fonts.js';
import { searchFields, woffToSfnt } from '../../src/render/fonts/woff.js';

const require = createRequire(import.meta.url);
const woffPath = require.resolve('@fontsource/lxgw-wenkai/files/lxgw-wenkai-latin-500-normal.woff');
const woff = new Uint8Array(readFileSync(woffPath));

/** The 6763 hanzi of GB 2312 levels 1 and 2 (rows 0xB0–0xF7; 0xD7FA–0xD7FE are unassigned). */
function gb2312Hanzi(): string {
  const bytes: number[] = [];
  for (let lead = 0xb0; lead <= 0xf7; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      if (lead === 0xd7 && trail >= 0xfa) continue;
      bytes.push(lead, trail);
    }
  }
  return new TextDecoder('gb18030').decode(new Uint8Array(bytes));
}

function words(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function checksum(bytes: Uint8Array): number {
  const padded = new Uint8Array((bytes.length + 3) & ~3);
  padded.set(bytes);
  const view = words(padded);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/** A .ttc holding the given faces, built the way otf2otc does (table offsets made absolute). */
function buildCollection(faces: readonly Uint8Array[]): Uint8Array {
  const headerSize = 12 + 4 * faces.length;
  const out = new Uint8Array(headerSize + faces.reduce((size, face) => size + face.length, 0));
  const view = words(out);
  out.set([0x74, 0x74, 0x63, 0x66]); // 'ttcf'
  view.setUint32(4, 0x00010000);
  view.setUint32(8, faces.length);
  let base = headerSize;
  faces.forEach((face, index) => {
    view.setUint32(12 + 4 * index, base);
    out.set(face, base);
    for (let t = 0; t < words(face).getUint16(4); t++) {
      const at = base + 12 + 16 * t + 8;
      view.setUint32(at, view.getUint32(at) + base);
    }
    base += face.length;
  });
  return out;
}

describe('woffToSfnt', () => {
  const sfnt = woffToSfnt(woff);

  it('gives a font fontkit opens with the WOFF’s glyph count and names', () => {
    const fromWoff = create(woff) as Font;
    const fromSfnt = create(sfnt) as Font;
    expect(fromSfnt.type).toBe('TTF');
    expect(fromSfnt.numGlyphs).toBe(fromWoff.numGlyphs);
    expect(fromSfnt.postscriptName).toBe('LXGWWenKai-Regular');
    expect(fromSfnt.hasGlyphForCodePoint(0x6977)).toBe(true); // 楷
  });

  it('writes a valid sfnt directory: search fields, aligned offsets, matching table checksums', () => {
    const view = words(sfnt);
    const numTables = view.getUint16(4);
    expect(numTables).toBe(words(woff).getUint16(12));
    const { searchRange, entrySelector, rangeShift } = searchFields(numTables);
    expect([view.getUint16(6), view.getUint16(8), view.getUint16(10)]).toEqual([searchRange, entrySelector, rangeShift]);
    for (let t = 0; t < numTables; t++) {
      const [tag, sum, offset, length] = [0, 4, 8, 12].map((d) => view.getUint32(12 + 16 * t + d)) as [number, number, number, number];
      expect(offset % 4).toBe(0);
      const table = sfnt.slice(offset, offset + length);
      if (tag === 0x68656164) words(table).setUint32(8, 0); // head: checksum taken with checkSumAdjustment zeroed
      expect(checksum(table)).toBe(sum);
    }
    expect(checksum(sfnt)).toBe(0xb1b0afba);
  });

  it('computes the binary-search fields of the sfnt header', () => {
    expect(searchFields(1)).toEqual({ searchRange: 16, entrySelector: 0, rangeShift: 0 });
    expect(searchFields(16)).toEqual({ searchRange: 256, entrySelector: 4, rangeShift: 0 });
    expect(searchFields(19)).toEqual({ searchRange: 256, entrySelector: 4, rangeShift: 48 });
  });

  it('rejects malformed input with a clear error', () => {
    expect(() => woffToSfnt(new Uint8Array(10))).toThrow(/invalid WOFF font: .*44-byte header/);
    expect(() => woffToSfnt(sfnt.slice(0, 100))).toThrow(/wOFF signature/);
    expect(() => woffToSfnt(woff.slice(0, 5000))).toThrow(/invalid WOFF font/);
    const corrupt = woff.slice();
    const entries = Array.from({ length: words(woff).getUint16(12) }, (_, t) => 44 + 20 * t);
    const compressed = entries.find((at) => words(woff).getUint32(at + 8) < words(woff).getUint32(at + 12))!;
    const offset = words(woff).getUint32(compressed + 4);
    corrupt.fill(0xff, offset, offset + 16);
    expect(() => woffToSfnt(corrupt)).toThrow(/invalid WOFF font: table '.{4}'/);
  });
});

describe('default fonts', () => {
  const set = loadDefaultFonts();

  it('is loaded once per process', () => {
    expect(loadDefaultFonts()).toBe(set);
    expect(set.fonts.fang).toBe(set.fonts.song);
    expect(set.fonts.latin).toBe(set.fonts.song);
  });

  it.each(FONT_ROLES)('%s covers the 6763 GB2312 hanzi and 〔〕√○①—', (role) => {
    const hanzi = gb2312Hanzi();
    expect([...hanzi]).toHaveLength(6763);
    expect(findMissingGlyphs(set, role, `${hanzi}〔〕√○①—“”《》（）：；。，、0123456789`)).toEqual([]);
  });

  it('describes each role with its font and package version', () => {
    expect(describeFonts(set)).toEqual([
      'title=NotoSerifSC-Bold (@expo-google-fonts/noto-serif-sc@0.4.3/700Bold/NotoSerifSC_700Bold.ttf)',
      'song=NotoSerifSC-Regular (@expo-google-fonts/noto-serif-sc@0.4.3/400Regular/NotoSerifSC_400Regular.ttf)',
      'fang=NotoSerifSC-Regular (@expo-google-fonts/noto-serif-sc@0.4.3/400Regular/NotoSerifSC_400Regular.ttf)',
      'hei=NotoSansHans-Regular (@embedpdf/fonts-sc@1.0.0/fonts/NotoSansHans-Regular.otf)',
      'kai=LXGWWenKai-Regular (@fontsource/lxgw-wenkai@5.3.0/files/lxgw-wenkai-latin-500-normal.woff)',
      'latin=NotoSerifSC-Regular (@expo-google-fonts/noto-serif-sc@0.4.3/400Regular/NotoSerifSC_400Regular.ttf)',
    ]);
  });

  it('names the distinct characters a font lacks, in order of first use', () => {
    expect(findMissingGlyphs(set, 'fang', '公开\uE000目录\uE000\u{F0001}\n')).toEqual(['\uE000', '\u{F0001}']);
    expect(findMissingGlyphs(set, 'kai', '')).toEqual([]);
  });
});

describe('loadFontsFromDir', () => {
  const dir = mkdtempSync(join(tmpdir(), 'catalog-fonts-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const defaults = loadDefaultFonts().fonts;

  it('takes the files it finds (any case, .ttc faces included) and falls back for the rest', () => {
    copyFileSync(require.resolve('@embedpdf/fonts-sc').replace(/dist[/\\]index\.cjs$/, 'fonts/NotoSansHans-Regular.otf'), join(dir, 'SimHei.TTF'));
    writeFileSync(join(dir, 'SIMSUN.TTC'), buildCollection([defaults.title.bytes, defaults.song.bytes]));
    const set = loadFontsFromDir(dir);
    expect(set.fonts.hei).toMatchObject({ name: 'NotoSansHans-Regular', source: join(dir, 'SimHei.TTF') });
    expect(set.fonts.song).toMatchObject({ name: 'NotoSerifSC-Bold', face: 'NotoSerifSC-Bold', source: join(dir, 'SIMSUN.TTC') });
    expect(set.fonts.fang).toBe(defaults.fang);
    expect(set.fonts.kai).toBe(defaults.kai);
    expect(findMissingGlyphs(set, 'song', '宋体\uE000')).toEqual(['\uE000']);
  });

  it('gives pdfkit fonts it embeds, a collection face and the converted WOFF included', async () => {
    const set = loadFontsFromDir(dir);
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise((resolve) => doc.on('end', resolve));
    for (const role of FONT_ROLES) {
      const { name, bytes, face } = set.fonts[role];
      doc.registerFont(name, bytes, face as string); // face: undefined except for a .ttc
      doc.font(name).fontSize(16).text(`${role}：卫教〔2020〕45号 公开√`);
    }
    doc.end();
    await done;
    const pdf = Buffer.concat(chunks).toString('latin1');
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerifSC-Bold/);
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+LXGWWenKai-Regular/);
  });

  it('throws when the folder or a font in it cannot be read', () => {
    expect(() => loadFontsFromDir(join(dir, 'absent'))).toThrow(/cannot read font folder/);
    writeFileSync(join(dir, 'simkai.ttf'), 'not a font');
    expect(() => loadFontsFromDir(dir)).toThrow(/cannot read font .*simkai\.ttf/);
  });
});
