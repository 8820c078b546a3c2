/** The fonts the PDF embeds, one per typographic role: open npm substitutes by default, or an office's own Windows fonts. */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { create, type Font } from 'fontkit';
import { glyphByGlyphFace, nameOnlyFace } from './sparse.js';
import { woffToSfnt } from './woff.js';

/** 标题 小标宋 · 宋体 · 正文 仿宋 · 一级层次 黑体 · 二级层次 楷体 · digits and Latin (Times New Roman). */
export type FontRole = 'title' | 'song' | 'fang' | 'hei' | 'kai' | 'latin';

export const FONT_ROLES: readonly FontRole[] = ['title', 'song', 'fang', 'hei', 'kai', 'latin'];

/** One font ready for `doc.registerFont(name, bytes, face)`; roles sharing a font share the object. */
export interface FontFile {
  /** The face's PostScript name, e.g. NotoSerifSC-Regular. */
  readonly name: string;
  /** TrueType/OpenType bytes (WOFF already converted); a whole collection when `face` is set. */
  readonly bytes: Uint8Array;
  /** Where it came from: `package@version/file`, or the path in the office's font folder. */
  readonly source: string;
  /** For a .ttc collection only: the PostScript name of the face to use (pdfkit's `family` argument). */
  readonly face?: string;
  /** One of the bundled fonts, whose shaping of Chinese text is known to be plain (pdf/plain-layout.ts). */
  readonly bundled?: true;
}

export interface FontSet {
  readonly fonts: Readonly<Record<FontRole, FontFile>>;
}

const require = createRequire(import.meta.url);

/** The directory of an installed package, found from any file inside it (works with hoisted and pnpm layouts). */
function packageRoot(resolvedFile: string, packageName: string): string {
  const marker = `${sep}node_modules${sep}${packageName.split('/').join(sep)}${sep}`;
  const at = resolvedFile.lastIndexOf(marker);
  if (at < 0) throw new Error(`cannot locate package ${packageName} from ${resolvedFile}`);
  return resolvedFile.slice(0, at + marker.length - 1);
}

function packageVersion(root: string): string {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : '?';
}

const parsedFaces = new WeakMap<FontFile, Font>();

/** How a bundled font is opened when a document first sets text in it (see glyphByGlyphFace). */
const openers = new WeakMap<FontFile, () => Font>();

/** Keeps the face parsed while making `file`, so it is not parsed again. */
function remember(file: FontFile, parsed: Font): FontFile {
  parsedFaces.set(file, parsed);
  return file;
}

/**
 * The one parsed face of a font file in this process, shared by the glyph check and the PDF (fontkit
 * decodes tables on first use and keeps them, so every user after the first finds them decoded).
 */
export function parsedFace(file: FontFile): Font {
  let font = parsedFaces.get(file);
  if (font === undefined) {
    font = openers.get(file)?.() ?? openFace(file.bytes, file.face);
    parsedFaces.set(file, font);
  }
  return font;
}

function openFace(bytes: Uint8Array, face?: string): Font {
  const parsed = face === undefined ? create(bytes) : create(bytes, face);
  if (parsed === null || 'fonts' in parsed) throw new Error(`no single face${face ? ` named ${face}` : ''} in font`);
  return parsed;
}

function psName(font: Font, fallback: string): string {
  return typeof font.postscriptName === 'string' && font.postscriptName !== '' ? font.postscriptName : fallback;
}

/**
 * A bundled font whose bytes are read when first asked for (a document may never use it: the notice sets
 * nothing in 楷体). Its name is read now from the table directory and the `name` table alone.
 */
function packageFont(packageName: string, entry: string, relative: string, woff = false): FontFile {
  const root = packageRoot(require.resolve(entry), packageName);
  const path = join(root, ...relative.split('/'));
  const source = `${packageName}@${packageVersion(root)}/${relative}`;
  const file = woff ? convertedWoffPath(path, relative) : path;
  if (file === undefined) {
    // not converted at install time (tests run from src/): convert in memory now
    const bytes = woffToSfnt(readFileSync(path));
    const parsed = openFace(bytes);
    return remember({ name: psName(parsed, relative), bytes, source, bundled: true }, parsed);
  }
  const name = psName(nameOnlyFace(file), relative);
  let bytes: Uint8Array | undefined;
  const lazy: FontFile = {
    name,
    source,
    bundled: true,
    get bytes() {
      return (bytes ??= readFileSync(file));
    },
  };
  openers.set(lazy, () => glyphByGlyphFace(file) ?? openFace(lazy.bytes));
  return lazy;
}

/** Where `npm ci` (prepare) leaves WOFF fonts already converted: lib/fonts/ beside the built code. */
const CONVERTED_FONTS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fonts');

/** The converted file for a WOFF, by its name; see scripts/convert-fonts.mjs. */
export function convertedFontPath(relative: string): string {
  return join(
    CONVERTED_FONTS_DIR,
    relative
      .split('/')
      .pop()!
      .replace(/\.woff$/i, '.ttf'),
  );
}

/**
 * The TrueType copy of a WOFF converted at install time, when it is there and whole (its size is the WOFF
 * header's totalSfntSize, the only part of the WOFF read); undefined when it must be converted now (~70 ms).
 */
function convertedWoffPath(woffPath: string, relative: string): string | undefined {
  const header = Buffer.alloc(20);
  const fd = openSync(woffPath, 'r');
  try {
    readSync(fd, header, 0, 20, 0);
  } finally {
    closeSync(fd);
  }
  const converted = convertedFontPath(relative);
  return existsSync(converted) && statSync(converted).size === header.readUInt32BE(16) ? converted : undefined;
}

function loadDefaults(): FontSet {
  const serif = '@expo-google-fonts/noto-serif-sc';
  const regular = packageFont(serif, `${serif}/400Regular/NotoSerifSC_400Regular.ttf`, '400Regular/NotoSerifSC_400Regular.ttf');
  // Bold, not Black: 方正小标宋's strokes are about Bold's weight; Black fills in the counters of dense hanzi at 22 pt.
  const bold = packageFont(serif, `${serif}/700Bold/NotoSerifSC_700Bold.ttf`, '700Bold/NotoSerifSC_700Bold.ttf');
  const sans = packageFont('@embedpdf/fonts-sc', '@embedpdf/fonts-sc', 'fonts/NotoSansHans-Regular.otf');
  const kaiFile = 'files/lxgw-wenkai-latin-500-normal.woff';
  const kai = packageFont('@fontsource/lxgw-wenkai', `@fontsource/lxgw-wenkai/${kaiFile}`, kaiFile, true);
  return { fonts: { title: bold, song: regular, fang: regular, hei: sans, kai, latin: regular } };
}

let defaults: FontSet | undefined;

/** The open substitutes from npm (Noto Serif SC, Noto Sans SC, LXGW WenKai), read once per process. */
export function loadDefaultFonts(): FontSet {
  defaults ??= loadDefaults();
  return defaults;
}

/** Windows file names per role, most specific first (the _GB2312 faces are the ones GB/T 9704 names). */
const OFFICE_FILES: Readonly<Record<FontRole, readonly string[]>> = {
  title: ['方正小标宋简体.ttf', 'FZXBSJW.ttf', 'FZXBSJW--GB1-0.ttf', '方正小标宋_GBK.ttf', 'FZXBSK.ttf'],
  song: ['simsun.ttc', 'simsun.ttf'],
  fang: ['仿宋_GB2312.ttf', 'FangSong_GB2312.ttf', 'simfang.ttf'],
  hei: ['simhei.ttf'],
  kai: ['楷体_GB2312.ttf', 'KaiTi_GB2312.ttf', 'simkai.ttf'],
  latin: ['times.ttf'],
};

/** A font folder or font file given with `--fonts` that cannot be used: the user's to fix, not a bug. */
class FontError extends Error {
  constructor(
    readonly kind: 'folder' | 'file',
    readonly path: string,
    readonly reason: string,
    readonly code?: string,
  ) {
    super(`cannot read font ${kind} ${path}: ${reason}`);
    this.name = 'FontError';
  }
}

/** Opens an office font; for a collection (simsun.ttc holds SimSun and NSimSun) it takes the first face. */
function officeFont(path: string): FontFile {
  let bytes: Uint8Array;
  let parsed: ReturnType<typeof create>;
  try {
    bytes = readFileSync(path);
    parsed = create(bytes);
  } catch (error) {
    throw new FontError('file', path, (error as Error).message);
  }
  if (parsed === null) throw new FontError('file', path, 'not a font');
  if (!('fonts' in parsed)) return remember({ name: psName(parsed, path), bytes, source: path }, parsed);
  const face = parsed.fonts.map((font) => font.postscriptName).find((name) => typeof name === 'string' && name !== '');
  if (typeof face !== 'string') throw new FontError('file', path, 'a font collection with no face that has a usable PostScript name');
  return { name: face, bytes, source: path, face };
}

/**
 * The office's own fonts from `dir` (file names matched case-insensitively), each missing role falling
 * back to the default substitute; every FontFile's `source` says where that role came from.
 */
export function loadFontsFromDir(dir: string): FontSet {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    throw new FontError('folder', dir, (error as Error).message, (error as NodeJS.ErrnoException).code);
  }
  const byLowerName = new Map(names.map((name) => [name.toLowerCase(), name]));
  const opened = new Map<string, FontFile>();
  const pick = (role: FontRole): FontFile => {
    const found = OFFICE_FILES[role].map((file) => byLowerName.get(file.toLowerCase())).find((f) => f !== undefined);
    if (found === undefined) return loadDefaultFonts().fonts[role];
    const path = join(dir, found);
    const font = opened.get(path) ?? officeFont(path);
    opened.set(path, font);
    return font;
  };
  const fonts = Object.fromEntries(FONT_ROLES.map((role) => [role, pick(role)])) as Record<FontRole, FontFile>;
  return { fonts };
}

/** One line per role for the PDF metadata, e.g. "fang=NotoSerifSC-Regular (@expo-google-fonts/noto-serif-sc@0.4.3/…)". */
export function describeFonts(set: FontSet): string[] {
  return FONT_ROLES.map((role) => `${role}=${set.fonts[role].name} (${set.fonts[role].source})`);
}

/** The distinct characters of `text`, in order of first use, that the role's font has no glyph for. */
export function findMissingGlyphs(set: FontSet, role: FontRole, text: string): string[] {
  if (text === '') return [];
  const font = parsedFace(set.fonts[role]);
  const missing = new Set<string>();
  for (const char of new Set(text)) {
    const codePoint = char.codePointAt(0)!;
    if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) continue; // controls are never drawn
    if (!font.hasGlyphForCodePoint(codePoint)) missing.add(char);
  }
  return [...missing];
}
