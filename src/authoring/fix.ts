/** `catalog fix`'s core: the sure fixes for one file's text, applied as text edits so every other byte stays as it was. */
import { loadSource } from '../load/load.js';
import type { PositionMap } from '../load/positions.js';
import type { Finding } from '../model/index.js';
import type { Edit } from '../validate/punctuation.js';
import { lineStarts, punctuationInSource, spanOfRange } from '../validate/prose-scalars.js';

/** One fix made: where it was (1-based), the rule, and the excerpt before and after. */
export interface AppliedFix {
  readonly line: number;
  readonly column: number;
  readonly rule: string;
  readonly found: string;
  readonly fixed: string;
}

/** The outcome for one file: the fixed bytes (equal to the input when nothing was fixed), or why it was left alone. */
export type FixResult =
  | { readonly kind: 'fixed'; readonly bytes: Uint8Array; readonly text: string; readonly before: string; readonly fixes: readonly AppliedFix[] }
  | { readonly kind: 'refused'; readonly findings: readonly Finding[]; readonly positions: PositionMap };

const BOM = '\uFEFF';

/** Plan and apply the fixes for one file (`file` is only a label). A file that does not parse is refused, unchanged. */
export function fixSource(file: string, bytes: Uint8Array): FixResult {
  const loaded = loadSource(file, bytes);
  if (loaded.data === undefined) return { kind: 'refused', findings: loaded.findings, positions: loaded.positions };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? BOM : '';
  const before = bom + loaded.text;
  // Only rewrite what round-trips: the text must encode back to exactly the bytes read.
  if (!sameBytes(new TextEncoder().encode(before), bytes)) return { kind: 'refused', findings: loaded.findings, positions: loaded.positions };
  const starts = lineStarts(loaded.text);
  const fixes: AppliedFix[] = [];
  const edits: Edit[] = [];
  for (const s of punctuationInSource(loaded.data, loaded.positions, loaded.text)) {
    if (s.edits.length === 0 || s.edits.some((e) => overlaps(e, edits))) continue;
    edits.push(...s.edits);
    const at = spanOfRange(starts, s.start, s.end);
    fixes.push({ line: at.line, column: at.column, rule: 'halfwidth-punctuation', found: s.found, fixed: s.fixed });
  }
  const text = bom + applyEdits(loaded.text, edits);
  return { kind: 'fixed', bytes: text === before ? bytes : new TextEncoder().encode(text), text, before, fixes };
}

/** Apply non-overlapping edits (offsets in the original text). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = '';
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.at - b.at)) {
    out += text.slice(at, e.at) + e.text;
    at = e.at + e.length;
  }
  return out + text.slice(at);
}

function overlaps(e: Edit, taken: readonly Edit[]): boolean {
  return taken.some((t) => e.at < t.at + t.length && t.at < e.at + e.length);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
