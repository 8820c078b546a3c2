/** `catalog fix`'s core: the sure fixes for one file's text, applied as text edits so every other byte stays as it was. */
import { loadSource, type LoadedSource } from '../load/load.js';
import type { PositionMap } from '../load/positions.js';
import type { Finding } from '../model/index.js';
import type { Edit } from '../validate/punctuation.js';
import { lineStarts, punctuationInSource, spanOfRange } from '../validate/prose-scalars.js';
import { slipFixes } from './fix-slips.js';

/** One fix made: where it was (1-based), the rule, and the excerpt before and after. */
export interface AppliedFix {
  readonly line: number;
  readonly column: number;
  readonly rule: string;
  readonly found: string;
  readonly fixed: string;
}

/** The outcome for one file: the fixed bytes (the input itself when nothing was fixed), or why it was left alone. */
export type FixResult =
  | { readonly kind: 'fixed'; readonly bytes: Uint8Array; readonly text: string; readonly before: string; readonly fixes: readonly AppliedFix[] }
  | { readonly kind: 'refused'; readonly findings: readonly Finding[]; readonly positions: PositionMap };

const BOM = '\uFEFF';
const encode = (s: string): Uint8Array => new TextEncoder().encode(s);

/**
 * Plan and apply the fixes for one file (`file` is only a label). Keyboard slips that stop the file from
 * parsing are fixed first when their fix is certain; a file that still does not parse is refused, unchanged.
 */
export function fixSource(file: string, bytes: Uint8Array): FixResult {
  const loaded = loadSource(file, bytes);
  const refused: FixResult = { kind: 'refused', findings: loaded.findings, positions: loaded.positions };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? BOM : '';
  const before = bom + loaded.text;
  // Only rewrite what round-trips: the text must encode back to exactly the bytes read.
  if (loaded.text === '' || !sameBytes(encode(before), bytes)) return refused;
  let source: LoadedSource = loaded;
  const fixes: AppliedFix[] = [];
  if (loaded.data === undefined) {
    const slips = slipFixes(loaded.text);
    const text = applyEdits(
      loaded.text,
      slips.map((s) => s.edit),
    );
    source = loadSource(file, encode(bom + text));
    if (slips.length === 0 || source.data === undefined) return refused;
    const starts = lineStarts(loaded.text);
    for (const { edit } of slips) fixes.push({ ...spanOfRange(starts, edit.at, edit.at), rule: 'yaml-syntax', ...lineExcerpts(loaded.text, edit) });
  }
  const starts = lineStarts(source.text);
  const edits: Edit[] = [];
  for (const s of punctuationInSource(source.data, source.positions, source.text)) {
    if (s.edits.length === 0 || s.edits.some((e) => overlaps(e, edits))) continue;
    edits.push(...s.edits);
    fixes.push({ ...spanOfRange(starts, s.start, s.end), rule: 'halfwidth-punctuation', found: s.found, fixed: s.fixed });
  }
  const text = bom + applyEdits(source.text, edits);
  return { kind: 'fixed', bytes: text === before ? bytes : encode(text), text, before, fixes };
}

/** Apply non-overlapping edits (offsets in the original text). */
function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = '';
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.at - b.at)) {
    out += text.slice(at, e.at) + e.text;
    at = e.at + e.length;
  }
  return out + text.slice(at);
}

/** The line an edit is on, before and after it, without its indentation. */
function lineExcerpts(text: string, e: Edit): { found: string; fixed: string } {
  const start = text.lastIndexOf('\n', e.at - 1) + 1;
  const end = text.indexOf('\n', e.at) < 0 ? text.length : text.indexOf('\n', e.at);
  const line = text.slice(start, end).replace(/\r$/, '');
  const after = applyEdits(line, [{ ...e, at: e.at - start }]);
  return { found: line.trim(), fixed: after.trim() };
}

function overlaps(e: Edit, taken: readonly Edit[]): boolean {
  return taken.some((t) => e.at < t.at + t.length && t.at < e.at + e.length);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
