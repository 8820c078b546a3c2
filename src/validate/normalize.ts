/** Text normalisation for comparing a catalogue with its baseline: cosmetic edits must compare equal. */

const BRACKETS: Readonly<Record<string, string>> = {
  '〔': '[', '〕': ']', '［': '[', '］': ']', '【': '[', '】': ']',
  '（': '(', '）': ')', '“': '"', '”': '"', '‘': "'", '’': "'",
};

/**
 * Characters that show nothing: format controls (U+200B, U+00AD, U+2061 …), combining marks, variation
 * selectors, other controls, the Hangul fillers and the blank braille pattern — the Default_Ignorable_Code_Point
 * set and its look-alikes (JS has no \p{DI}). They are removed before any comparison, so `暂\u00AD不公开` reads as
 * 暂不公开 and `"\u200b"` as empty.
 */
const INVISIBLE = /[\p{Cf}\p{Mn}\p{Me}\p{Cc}\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u2800\u3164\uFE00-\uFE0F\uFFA0\u{E0000}-\u{E0FFF}]/gu;

/** `s` without invisible characters and white space (U+3000 included). */
function visibleText(s: string): string {
  return s.replace(INVISIBLE, '').replace(/[\s\u3000]+/gu, '');
}

/** Whether a string shows nothing: only white space and invisible characters. */
export function isBlankText(s: string): boolean {
  return visibleText(s) === '';
}

/**
 * NFKC (full-width → half-width), all white space and invisible characters removed (U+3000 included), bracket
 * variants unified, and a trailing 。；;. dropped. Idempotent: normalizeText(normalizeText(s)) === normalizeText(s).
 */
export function normalizeText(s: string): string {
  // Twice: removing a space can join a letter and a combining mark that NFKC then composes.
  const once = (x: string): string => visibleText(x.normalize('NFKC'));
  let t = once(once(s));
  t = t.replace(/[〔〕［］【】（）“”‘’]/g, (c) => BRACKETS[c] ?? c);
  t = t.replace(/[。；;.，,]+$/u, '');
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
