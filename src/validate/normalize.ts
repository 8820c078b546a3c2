/** Text normalisation for comparing a catalogue with its baseline: cosmetic edits must compare equal. */

const BRACKETS: Readonly<Record<string, string>> = {
  '〔': '[', '〕': ']', '［': '[', '］': ']', '【': '[', '】': ']',
  '（': '(', '）': ')', '“': '"', '”': '"', '‘': "'", '’': "'",
};

/**
 * NFKC (full-width → half-width), all white space removed (U+3000 included), bracket variants unified,
 * and a trailing 。；;. dropped. Idempotent: normalizeText(normalizeText(s)) === normalizeText(s).
 */
export function normalizeText(s: string): string {
  // Twice: removing a space can join a letter and a combining mark that NFKC then composes.
  const once = (x: string): string => x.normalize('NFKC').replace(/[\s\u3000\u200b-\u200d\ufeff]+/gu, '');
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
