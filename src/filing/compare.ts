/** Compare the text of two documents page by page: where (if anywhere) the filing departs from the rebuild. */

export type TextComparison =
  | { readonly same: true }
  | { readonly same: false; readonly kind: 'pages'; readonly actual: number; readonly expected: number }
  | { readonly same: false; readonly kind: 'text'; readonly page: number; readonly actual: string; readonly expected: string };

/** Whitespace carries no meaning in extracted text (pdfjs inserts it where glyph runs break). */
export function normalizePageText(text: string): string {
  return text.normalize('NFC').replace(/[\s\u3000\u00a0\u200b]+/gu, '');
}

/** How many characters either side of the first difference the message quotes. */
const CONTEXT = 12;

/** A short excerpt of `text` around index `at`, with ellipses where it was cut. */
function excerpt(text: string, at: number): string {
  const chars = [...text];
  const from = Math.max(0, at - CONTEXT);
  const to = Math.min(chars.length, at + CONTEXT);
  const body = chars.slice(from, to).join('');
  return `${from > 0 ? '…' : ''}${body}${to < chars.length ? '…' : ''}` || '（空）';
}

function firstDifference(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return n;
}

/** Page counts first, then the first page whose normalised text differs, quoting both around the difference. */
export function comparePageTexts(actual: readonly string[], expected: readonly string[]): TextComparison {
  if (actual.length !== expected.length) return { same: false, kind: 'pages', actual: actual.length, expected: expected.length };
  for (let i = 0; i < actual.length; i++) {
    const a = [...normalizePageText(actual[i] ?? '')];
    const e = [...normalizePageText(expected[i] ?? '')];
    if (a.length === e.length && a.every((ch, k) => ch === e[k])) continue;
    const at = firstDifference(a, e);
    return { same: false, kind: 'text', page: i + 1, actual: excerpt(a.join(''), at), expected: excerpt(e.join(''), at) };
  }
  return { same: true };
}
