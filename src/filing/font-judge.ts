/** Other font programs than the rebuild's: match each to a trusted font by its glyphs' outlines and advances, then compare positioned glyphs and all other painting. */
import { createHash } from 'node:crypto';
import type { Finding } from '../model/index.js';
import { parsedFace, type FontFile } from '../render/fonts/fonts.js';
import { filingFinding } from './findings.js';
import type { Font, Glyph } from 'fontkit';
import { forgedGlyph, outlineOf, readShownGlyphs, type DrawnGlyph, type EmbeddedFontGlyphs } from './glyphs.js';
import type { Painting } from './paint.js';
import { comparePaintings, type PaintDifference } from './paint-compare.js';
import { distinctFonts } from './trusted-fonts.js';
import type { Rebuilt } from './rebuild.js';

export type FontVerdict =
  | { readonly kind: 'same'; readonly diff: PaintDifference | undefined }
  | { readonly kind: 'forged'; readonly finding: Finding }
  | { readonly kind: 'unknown'; readonly fonts: readonly string[] };

/** Below this share of glyphs drawn as the trusted font draws them, a font is another font (not a forged glyph in this one). */
const SAME_FACE = 0.8;

interface Match {
  readonly share: number;
  readonly odd?: string;
}

/** How many of `font`'s glyphs `file` draws with the same outline and advance; the first that differs. */
function match(font: EmbeddedFontGlyphs, file: FontFile): Match {
  const face = parsedFace(file);
  let same = 0;
  let odd: string | undefined;
  const drawsAs = (glyph: Glyph | undefined, g: DrawnGlyph): boolean =>
    glyph !== undefined && glyph.id !== 0 && outlineOf(face, glyph) === g.outline && Math.round((glyph.advanceWidth * 1000) / face.unitsPerEm) === g.width;
  for (const g of font.glyphs.values()) {
    const cp = g.unicode.codePointAt(0);
    // The character's own glyph, or for a glyph of several characters the one shaping them gives (a ligature).
    const ok =
      cp !== undefined && (drawsAs(face.glyphForCodePoint(cp), g) || ([...g.unicode].length > 1 && shaped(face, g.unicode, (glyph) => drawsAs(glyph, g))));
    if (ok) same++;
    else odd ??= g.unicode;
  }
  return { share: font.glyphs.size === 0 ? 1 : same / font.glyphs.size, ...(odd !== undefined ? { odd } : {}) };
}

/** Whether shaping `text` gives a single glyph that passes `test`. */
function shaped(face: Font, text: string, test: (glyph: Glyph) => boolean): boolean {
  try {
    const { glyphs } = face.layout(text);
    return glyphs.length === 1 && test(glyphs[0]!);
  } catch {
    return false;
  }
}

/** The painting with each page's font tokens numbered in order of first use: positioned glyphs (Unicode, advances, places) and all else kept. */
function withoutFontPrograms(p: Painting): Painting {
  return {
    document: p.document,
    pages: p.pages.map((page) => {
      const seen = new Map<string, string>();
      const ops = page.ops.map((op) => op.replace(/font:[0-9a-f]{16}/g, (t) => seen.get(t) ?? (seen.set(t, `font#${seen.size + 1}`), `font#${seen.size}`)));
      return {
        ...page,
        ops,
        fonts: [],
        hash: createHash('sha256')
          .update(`${page.frame}\n${ops.join('\n')}`)
          .digest('hex'),
      };
    }),
  };
}

/**
 * The filing's fonts judged against the fonts the rebuild was set in (the bureau's trusted folder, or the
 * defaults): a glyph no genuine font draws, or a few glyphs unlike the trusted face's, is a forgery; a font
 * with no trusted counterpart leaves the filing unverifiable; with every font matched, positioned glyphs
 * and all other painting must be equal.
 */
export async function judgeFonts(first: Uint8Array, rebuilt: Rebuilt, theirs: Painting, ours: Painting): Promise<FontVerdict> {
  const [filing, rebuild] = await Promise.all([readShownGlyphs(first), readShownGlyphs(rebuilt.bytes)]);
  for (const font of filing) {
    const forged = forgedGlyph(font);
    if (forged) {
      return {
        kind: 'forged',
        finding:
          forged.other !== undefined
            ? filingFinding('tampered-document', 'glyphShared', { font: font.name, char: forged.char, other: forged.other })
            : filingFinding('tampered-document', 'glyphEmpty', { font: font.name, char: forged.char }),
      };
    }
  }
  const ourPrograms = new Map<string, Set<string>>();
  for (const f of rebuild) ourPrograms.set(f.program, (ourPrograms.get(f.program) ?? new Set()).add(f.dict));
  const ourProps = new Set(rebuild.map((f) => f.props));
  const trusted = distinctFonts(rebuilt.fonts);
  const unknown: string[] = [];
  for (const font of filing) {
    const same = ourPrograms.get(font.program);
    // The rebuild's program read through dictionaries of their own (a /FontMatrix that piles the glyphs up, another
    // font's ToUnicode and widths over this program's glyphs): not what the build wrote.
    if (same && !same.has(font.dict)) return { kind: 'forged', finding: filingFinding('tampered-document', 'fontDict', { font: font.name }) };
    if (same) continue;
    const best = trusted.map((file) => match(font, file)).reduce<Match>((a, b) => (b.share > a.share ? b : a), { share: -1 });
    // The trusted face's glyphs drawn through a font matrix of its own (scaled, skewed): not what the build wrote.
    if (best.share === 1 && !ourProps.has(font.props))
      return { kind: 'forged', finding: filingFinding('tampered-document', 'glyph', { font: font.name, char: [...font.glyphs.values()][0]?.unicode ?? '' }) };
    if (best.share === 1) continue;
    if (best.share >= SAME_FACE && best.odd !== undefined) {
      return { kind: 'forged', finding: filingFinding('tampered-document', 'glyph', { font: font.name, char: best.odd }) };
    }
    if (!unknown.includes(font.name)) unknown.push(font.name);
  }
  if (unknown.length > 0) return { kind: 'unknown', fonts: unknown };
  return { kind: 'same', diff: comparePaintings(withoutFontPrograms(theirs), withoutFontPrograms(ours)) };
}

/** Where a difference is, for the messages that do not name it in full. */
export function whereOf(d: PaintDifference): string {
  return d.kind === 'document' ? d.part : d.kind === 'pages' ? `${d.actual}/${d.expected}` : String(d.page);
}
