/** The Chinese prose a catalogue file writes itself: each text value with its source range (not ids, numbers, dates or keys). */
import { joinPointer, type PositionMap } from '../load/positions.js';
import type { Span } from '../model/index.js';
import { STANDARD_CHANNELS } from './channels.js';
import { findPunctuationSlips, type PunctuationSlip } from './punctuation.js';
import { scalarUnits } from './scalar-units.js';

/** Keys whose values are prose; ids, extends, versions, 文号 (number, filingNumber, ref), 索引号, dates and phones are not. */
const PROSE_KEYS: ReadonlySet<string> = new Set([
  'region',
  'title',
  'issuer',
  'name',
  'content',
  'basis',
  'timeLimit',
  'subject',
  'channel',
  'audience',
  'method',
  'level',
  'note',
  'signer',
  'recipients',
  'copyTo',
  'filingCopyTo',
  'printedBy',
  'deadline',
  'reason',
]);

const VOCABULARY: ReadonlySet<string> = new Set(STANDARD_CHANNELS);

/** A punctuation slip found in a value, with the pointer of that value. */
export interface LocatedSlip extends PunctuationSlip {
  readonly pointer: string;
}

/** Every slip in the prose values of `data`, read from `text` at the positions the loader recorded. */
export function punctuationInSource(data: unknown, positions: PositionMap, text: string): LocatedSlip[] {
  const starts = lineStarts(text);
  const offset = (line: number, column: number): number => (starts[line - 1] ?? 0) + column - 1;
  const out: LocatedSlip[] = [];
  const visit = (value: unknown, pointer: string, key: string | undefined, depth: number): void => {
    if (depth > 50) return;
    if (typeof value === 'string') {
      if (key === undefined || !PROSE_KEYS.has(key) || !positions.has(pointer)) return;
      // The national table's own channel names are written as it prints them (社区/企事业单位/村公示栏(电子屏)).
      if (key === 'channel' && VOCABULARY.has(value)) return;
      const span: Span = positions.locate(pointer);
      const units = scalarUnits(text, offset(span.line, span.column), offset(span.endLine, span.endColumn));
      // `其他:说明` is the format's own way to name another channel.
      const own = key === 'channel' && /^其他:/u.test(value) ? units.slice(3) : units;
      for (const s of findPunctuationSlips(own)) out.push({ ...s, pointer });
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, joinPointer(pointer, i), key, depth + 1));
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, joinPointer(pointer, k), k, depth + 1);
    }
  };
  visit(data, '', undefined, 0);
  return out;
}

/** The offset where each line starts. */
export function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

/** The 1-based span of a source range. */
export function spanOfRange(starts: readonly number[], start: number, end: number): Span {
  const at = (o: number): { line: number; column: number } => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - (starts[lo] ?? 0) + 1 };
  };
  const a = at(start);
  const b = at(end);
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}
