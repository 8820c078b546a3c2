/** The bureau's trusted fonts (`verify --fonts DIR`): per role, the font of DIR that the filing's font claims hint at, read once per worker. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create } from 'fontkit';
import { describeFonts, FONT_ROLES, loadDefaultFonts, loadFontsFromDir, type FontFile, type FontRole, type FontSet } from '../render/fonts/fonts.js';
import { nameOnlyFace } from '../render/fonts/sparse.js';

interface Folder {
  /** PostScript name → file, for the single-face fonts of the folder (names read from the `name` table only). */
  readonly byName: ReadonlyMap<string, string>;
  /** Opened files, by path. */
  readonly opened: Map<string, FontFile>;
  /** The folder read as `build --fonts` reads it (by Windows file names), when first needed. */
  byFileName?: FontSet;
}

const folders = new Map<string, Folder>();

function indexFolder(dir: string): Folder {
  const byName = new Map<string, string>();
  for (const file of readdirSync(dir).sort()) {
    if (!/\.(ttf|otf)$/i.test(file)) continue;
    try {
      const name = nameOnlyFace(join(dir, file)).postscriptName;
      if (typeof name === 'string' && name !== '' && !byName.has(name)) byName.set(name, join(dir, file));
    } catch {
      // not a font: ignored, as build ignores it
    }
  }
  return { byName, opened: new Map() };
}

function openFile(folder: Folder, path: string): FontFile {
  let font = folder.opened.get(path);
  if (!font) {
    const bytes = readFileSync(path);
    const parsed = create(bytes);
    if (parsed === null || 'fonts' in parsed) throw new Error(`${path}: not a single font`);
    const name = typeof parsed.postscriptName === 'string' && parsed.postscriptName !== '' ? parsed.postscriptName : path;
    const file: FontFile = { name, bytes, source: path };
    folder.opened.set(path, file);
    return file;
  }
  return font;
}

/** The name a manifest line `role=NAME (source)` gives for a role (only a hint: painting decides). */
function claimedName(lines: readonly string[], role: FontRole): string | undefined {
  const line = lines.find((l) => l.startsWith(`${role}=`));
  return line ? /^[a-z]+=(.*?) \(/.exec(line)?.[1] : undefined;
}

/**
 * The fonts the rebuild uses for a filing: a role the filing claims to have set in the default font keeps
 * it; otherwise the font of `dir` with the claimed PostScript name, else the one `build --fonts` would pick
 * from `dir` by its file name (else the default). Throws (a FontError) when `dir` cannot be read.
 */
export function trustedFontSet(dir: string, claimed: readonly string[]): FontSet {
  let folder = folders.get(dir);
  if (!folder) {
    folder = indexFolder(dir);
    folders.set(dir, folder);
  }
  const defaults = loadDefaultFonts();
  const defaultLines = describeFonts(defaults);
  const pick = (role: FontRole, i: number): FontFile => {
    if (claimed.includes(defaultLines[i] ?? '')) return defaults.fonts[role];
    const name = claimedName(claimed, role);
    const path = name === undefined ? undefined : folder.byName.get(name);
    if (path !== undefined) return openFile(folder, path);
    folder.byFileName ??= loadFontsFromDir(dir);
    return folder.byFileName.fonts[role];
  };
  return { fonts: Object.fromEntries(FONT_ROLES.map((role, i) => [role, pick(role, i)])) as Record<FontRole, FontFile> };
}

/** Each distinct font of a set once (roles often share one). */
export function distinctFonts(set: FontSet): FontFile[] {
  return [...new Set(Object.values(set.fonts))];
}
