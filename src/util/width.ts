/** Terminal columns, one definition for the whole CLI (Unicode East Asian Width via get-east-asian-width). */
import { eastAsianWidth } from 'get-east-asian-width';

const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cc}\p{Cf}]/u;

/** Columns of one character: 0 for combining marks, controls and format characters, else 1 or 2. */
function charWidth(ch: string, ambiguousAsWide: boolean): number {
  if (ZERO_WIDTH.test(ch)) return 0;
  return eastAsianWidth(ch.codePointAt(0)!, { ambiguousAsWide });
}

/**
 * Display width of `s`. Ambiguous characters (“” ‘’ …) count as narrow for alignment, as Unicode advises;
 * `ambiguousAsWide` counts them as two columns, the safe side when a line must not wrap.
 */
export function displayWidth(s: string, ambiguousAsWide = false): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch, ambiguousAsWide);
  return w;
}

/** `s` followed by spaces up to `n` columns. */
export function padEnd(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - displayWidth(s)));
}

/** `s` cut to at most `columns` columns (ending in "…" when cut), so a progress line never wraps. */
export function fitWidth(s: string, columns: number): string {
  if (displayWidth(s, true) <= columns) return s;
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = charWidth(ch, true);
    if (w + cw > columns - 2) break; // "…" is ambiguous: two columns on a CJK terminal
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

/** One status line for a terminal: rewritten in place (\r), cut to the terminal's width less one column. */
export function statusLine(text: string, stream: NodeJS.WriteStream = process.stderr): string {
  const columns = stream.columns > 1 ? stream.columns - 1 : 79;
  return `\r${fitWidth(text, columns)}\u001b[K`;
}
