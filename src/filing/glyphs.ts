/** The glyphs a PDF's text shows, per embedded font: each one's Unicode (ToUnicode), advance (/W) and the outline actually drawn. */
import { createHash } from 'node:crypto';
import { create, type Font } from 'fontkit';
import { loadPdfJs } from './extract.js';
import { serialize } from './paint.js';

/** One glyph as drawn: its outline in 1000 units per em (rounded), '' when it draws nothing, '?' when its font cannot be read here. */
export interface DrawnGlyph {
  readonly unicode: string;
  /** Advance in 1000 units per em, as the PDF's /W says. */
  readonly width: number;
  readonly outline: string;
}

export interface EmbeddedFontGlyphs {
  /** The font's name without its subset tag (a hint only). */
  readonly name: string;
  /** SHA-256 of the font program as pdf.js loads it. */
  readonly program: string;
  /** What else changes how its glyphs are drawn: font matrix, writing mode, Type 3. */
  readonly props: string;
  /** Everything else pdf.js read from the font's dictionaries (ToUnicode, widths, encoding, matrix …), as a digest. */
  readonly dict: string;
  /** Every distinct glyph shown, keyed by the font's own character code (marked when the font lacks it). */
  readonly glyphs: ReadonlyMap<string, DrawnGlyph>;
}

/** An outline as stable text, scaled to 1000 units per em and rounded (so two files of one face agree). */
export function outlineOf(font: Font, glyph: { path: { commands: readonly { command: string; args: readonly number[] }[] } }): string {
  const k = 1000 / font.unitsPerEm;
  const cmds = glyph.path.commands;
  if (cmds.length === 0) return '';
  return createHash('sha256')
    .update(cmds.map((c) => `${c.command} ${c.args.map((a) => Math.round(a * k)).join(' ')}`).join(';'))
    .digest('hex');
}

interface PdfjsGlyph {
  unicode?: string;
  fontChar?: string;
  width?: number;
  isInFont?: boolean;
}
interface PdfjsFont {
  data?: Uint8Array;
  name?: string;
  fontMatrix?: unknown;
  vertical?: unknown;
  isType3Font?: unknown;
}

/** A TrueType table of an sfnt font program: its bytes, or undefined. */
function sfntTable(font: Uint8Array, tag: string): Buffer | undefined {
  const b = Buffer.from(font.buffer, font.byteOffset, font.byteLength);
  if (b.length < 12) return undefined;
  const count = b.readUInt16BE(4);
  for (let i = 0; i < count && 12 + 16 * i + 16 <= b.length; i++) {
    const at = 12 + 16 * i;
    if (b.toString('latin1', at, at + 4) !== tag) continue;
    const off = b.readUInt32BE(at + 8);
    return b.subarray(off, Math.min(b.length, off + b.readUInt32BE(at + 12)));
  }
  return undefined;
}

/**
 * Whether a simple glyph's data is one FreeType refuses (and draws nothing for) while fontkit draws its
 * points: contour ends that do not increase, flags or coordinates beyond the glyph's data.
 */
function oddSimple(glyph: Buffer, contours: number): boolean {
  if (10 + 2 * contours + 2 > glyph.length) return true;
  let previous = -1;
  for (let i = 0; i < contours; i++) {
    const end = glyph.readUInt16BE(10 + 2 * i);
    if (end <= previous) return true;
    previous = end;
  }
  const points = previous + 1;
  let p = 12 + 2 * contours + glyph.readUInt16BE(10 + 2 * contours);
  let xBytes = 0;
  let yBytes = 0;
  for (let n = 0; n < points; ) {
    if (p >= glyph.length) return true;
    const flag = glyph[p++]!;
    let times = 1;
    if (flag & 0x08) {
      if (p >= glyph.length) return true;
      times += glyph[p++]!;
    }
    n += times;
    if (n > points) return true;
    xBytes += times * (flag & 0x02 ? 1 : flag & 0x10 ? 0 : 2);
    yBytes += times * (flag & 0x04 ? 1 : flag & 0x20 ? 0 : 2);
  }
  return p + xBytes + yBytes > glyph.length;
}

/**
 * Whether glyph `gid` of a TrueType program is drawn otherwise by FreeType (PDFium, MuPDF) than by fontkit,
 * whose outline the font judge compares: a simple glyph FreeType refuses (oddSimple), or a composite (or one
 * it holds) placed by point matching (ARGS_ARE_XY_VALUES clear; fontkit takes the point numbers as an
 * offset, FreeType matches the points or refuses the glyph) or with a scaled offset (SCALED_COMPONENT_OFFSET
 * with a scale).
 */
function oddGlyph(font: Uint8Array, gid: number, depth = 0): boolean {
  const [head, loca, glyf] = [sfntTable(font, 'head'), sfntTable(font, 'loca'), sfntTable(font, 'glyf')];
  if (!head || !loca || !glyf || head.length < 52 || depth > 8) return false;
  const long = head.readInt16BE(50) === 1;
  const at = (i: number): number | undefined =>
    long ? (4 * i + 4 <= loca.length ? loca.readUInt32BE(4 * i) : undefined) : 2 * i + 2 <= loca.length ? 2 * loca.readUInt16BE(2 * i) : undefined;
  const [start, end] = [at(gid), at(gid + 1)];
  if (start === undefined || end === undefined || end <= start) return false;
  if (start + 10 > glyf.length || end > glyf.length) return true;
  const contours = glyf.readInt16BE(start);
  if (contours === 0) return false;
  if (contours > 0) return oddSimple(glyf.subarray(start, end), contours);
  let p = start + 10;
  for (let more = true; more && p + 4 <= glyf.length; ) {
    const flags = glyf.readUInt16BE(p);
    const component = glyf.readUInt16BE(p + 2);
    const scaled = (flags & (0x08 | 0x40 | 0x80)) !== 0;
    if ((flags & 0x02) === 0 || (scaled && (flags & 0x800) !== 0)) return true;
    if (oddGlyph(font, component, depth + 1)) return true;
    p += 4 + (flags & 0x01 ? 4 : 2) + (flags & 0x08 ? 2 : flags & 0x40 ? 4 : flags & 0x80 ? 8 : 0);
    more = (flags & 0x20) !== 0;
  }
  return false;
}

/** The fonts the pages use, each with the glyphs shown in it (pdf.js's loaded font programs, read with fontkit). */
export async function readShownGlyphs(bytes: Uint8Array): Promise<EmbeddedFontGlyphs[]> {
  const pdfjs = await loadPdfJs();
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    fontExtraProperties: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  const fonts = new Map<
    string,
    { name: string; program: string; props: string; dict: string; face: Font | undefined; data: Uint8Array | undefined; glyphs: Map<string, DrawnGlyph> }
  >();
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const list = await page.getOperatorList();
      let current: string | undefined;
      for (let i = 0; i < list.fnArray.length; i++) {
        const args = list.argsArray[i] as unknown[] | null;
        if (list.fnArray[i] === pdfjs.OPS.setFont && typeof args?.[0] === 'string') {
          current = args[0];
          if (!fonts.has(current)) {
            const obj = page.commonObjs.get(current) as PdfjsFont;
            const data = obj.data;
            let face: Font | undefined;
            try {
              const parsed = data ? create(Buffer.from(data)) : null;
              face = parsed && !('fonts' in parsed) ? parsed : undefined;
            } catch {
              face = undefined;
            }
            const program = data ? createHash('sha256').update(data).digest('hex') : '';
            const props = JSON.stringify([obj.fontMatrix ?? null, obj.vertical ?? null, obj.isType3Font ?? null]);
            const dict = createHash('sha256')
              .update(serialize({ ...obj, data: undefined, loadedName: undefined, systemFontInfo: undefined, cssFontInfo: undefined }))
              .digest('hex');
            fonts.set(current, { name: (obj.name ?? '').replace(/^[A-Z]{6}\+/, ''), program, props, dict, face, data, glyphs: new Map() });
          }
        } else if (list.fnArray[i] === pdfjs.OPS.showText && current && Array.isArray(args?.[0])) {
          const font = fonts.get(current)!;
          for (const g of args[0] as (PdfjsGlyph | number | null)[]) {
            if (!g || typeof g !== 'object' || g.fontChar === undefined) continue;
            // Keyed by what is drawn: a code the font lacks may carry a genuine glyph's fontChar, and draws nothing.
            const key = g.isInFont === false ? `${g.fontChar}\u0000absent` : g.fontChar;
            if (font.glyphs.has(key)) continue;
            // pdf.js leaves a glyph that draws nothing out of the font it loads (isInFont false).
            const glyph = g.isInFont === false ? undefined : font.face?.glyphForCodePoint(g.fontChar.codePointAt(0) ?? 0);
            // A glyph FreeType draws otherwise than fontkit: its outline here is not what PDFium or MuPDF draw.
            const odd = glyph !== undefined && font.data !== undefined && oddGlyph(font.data, glyph.id);
            const outline = g.isInFont === false ? '' : glyph && font.face && !odd ? outlineOf(font.face, glyph) : '?';
            font.glyphs.set(key, { unicode: g.unicode ?? '', width: Math.round(g.width ?? 0), outline });
          }
        }
      }
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return [...fonts.values()].map(({ name, program, props, dict, glyphs }) => ({ name, program, props, dict, glyphs }));
}

/** Characters that may draw nothing. */
const BLANK = /^[\s\p{Z}\p{Cc}\p{Cf}]*$/u;

/** A glyph that cannot be genuine, whatever the font: an empty outline for a visible character, or one outline for two characters. */
export function forgedGlyph(font: EmbeddedFontGlyphs): { char: string; other?: string } | undefined {
  const byOutline = new Map<string, string>();
  for (const g of font.glyphs.values()) {
    if (BLANK.test(g.unicode) || g.outline === '?') continue;
    if (g.outline === '') return { char: g.unicode };
    const seen = byOutline.get(g.outline);
    // Compatibility twins (⼀ and 一, 﨑 and 崎) may share an outline in a genuine font.
    if (seen !== undefined && seen.normalize('NFKC') !== g.unicode.normalize('NFKC')) return { char: g.unicode, other: seen };
    byOutline.set(g.outline, g.unicode);
  }
  return undefined;
}
