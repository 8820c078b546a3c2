/** Text normalisation for comparing a catalogue with its baseline: cosmetic edits must compare equal. */

const BRACKETS: Readonly<Record<string, string>> = {
  '〔': '[',
  '〕': ']',
  '［': '[',
  '］': ']',
  '【': '[',
  '】': ']',
  '（': '(',
  '）': ')',
  '“': '"',
  '”': '"',
  '‘': "'",
  '’': "'",
};

/**
 * Characters that show nothing: format controls (U+200B, U+00AD, U+2061 …), combining marks, variation
 * selectors, other controls, the Hangul fillers and the blank braille pattern — the Default_Ignorable_Code_Point
 * set and its look-alikes (JS has no \p{DI}). They are removed before any comparison, so `暂\u00AD不公开` reads as
 * 暂不公开 and `"\u200b"` as empty.
 */
const INVISIBLE = /[\p{Cf}\p{Mn}\p{Me}\p{Cc}\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u2800\u3164\uFE00-\uFE0F\uFFA0\u{E0000}-\u{E0FFF}]/gu;

/**
 * Marks that are drawn over or around a character and change what it says: the overlays (U+0334–U+0338 strike a
 * character through: 政̶府̶网̶站̶ reads as struck out), U+20D2/U+20D3 and the enclosing marks (U+20DD–U+20E4: ⃠ over a
 * word is "no"); and the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which show
 * 政府网站 as 站网府政. They are kept, so a struck-out or reversed entry does not compare equal to the baseline's.
 */
const DRAWN_OVER = /[\u0334-\u0338\u20D2\u20D3\u20D8-\u20DA\u20DD-\u20E6\u20E9-\u20EB\u1CD4\u1CE2-\u1CE8\u202A-\u202E\u2066-\u2069]/u;

/** `s` without invisible characters and white space (U+3000 included). */
function visibleText(s: string): string {
  return s.replace(INVISIBLE, (c) => (DRAWN_OVER.test(c) ? c : '')).replace(/[\s\u3000]+/gu, '');
}

/** Whether a string shows nothing: only white space and invisible characters (a strike mark alone shows nothing either). */
export function isBlankText(s: string): boolean {
  return visibleText(s).replace(new RegExp(DRAWN_OVER.source, 'gu'), '') === '';
}

/**
 * normalizeText is pure and the rules ask for the same baseline texts again and again (every county item against
 * every baseline item): remembered per process, dropped whole when full so verify of a city stays bounded.
 */
const normalized = new Map<string, string>();
const NORMALIZED_MAX = 50_000;

/**
 * NFKC (full-width → half-width), all white space and invisible characters removed (U+3000 included), bracket
 * variants unified, and a trailing 。；;. dropped. Idempotent: normalizeText(normalizeText(s)) === normalizeText(s).
 */
export function normalizeText(s: string): string {
  const known = normalized.get(s);
  if (known !== undefined) return known;
  // Twice: removing a space can join a letter and a combining mark that NFKC then composes.
  const once = (x: string): string => visibleText(x.normalize('NFKC'));
  let t = once(once(s));
  t = t.replace(/[〔〕［］【】（）“”‘’]/g, (c) => BRACKETS[c] ?? c);
  t = t.replace(/[。；;.，,]+$/u, '');
  if (normalized.size >= NORMALIZED_MAX) normalized.clear();
  normalized.set(s, t);
  return t;
}

/** Whether two texts are the same once normalised. */
export function sameText(a: string, b: string): boolean {
  return normalizeText(a) === normalizeText(b);
}

/** The entries of `baseline` that `list` lacks, compared on normalised text. */
export function missingEntries(baseline: readonly string[], list: readonly string[]): string[] {
  const have = new Set(list.map(normalizeText));
  return baseline.filter((entry) => !have.has(normalizeText(entry)));
}
