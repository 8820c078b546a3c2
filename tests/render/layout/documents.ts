/** Helpers for the document tests: the plain text of a laid-out 公文 and a snapshot without the table. */
import type { Block, OfficialDocument } from '../../../src/model/index.js';

export const paragraphs = (doc: OfficialDocument): string[] => doc.body.flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []));

export const block = <K extends Block['kind']>(doc: OfficialDocument, kind: K) => doc.body.find((b): b is Extract<Block, { kind: K }> => b.kind === kind);

/** The document as JSON, its table replaced by a pointer to the table snapshot (kept once per catalogue). */
export function snapshotJson(doc: object, name: string): string {
  return JSON.stringify(doc, (key, value: unknown) => (key === 'table' ? `<see ${name}.table.json>` : value), 2) + '\n';
}

/** Whether a value is printed on one line: a table row, a leaf column, or a header row. */
const oneLine = (v: unknown): boolean =>
  typeof v !== 'object' ||
  v === null ||
  'itemId' in v ||
  ('key' in v && 'width' in v) ||
  (Array.isArray(v) && v.every((x) => typeof x === 'object' && x !== null && 'colSpan' in x));

/** JSON with one table row (or column, or header row) per line, so table snapshots stay readable. */
export function compactJson(value: unknown, indent = ''): string {
  if (oneLine(value)) return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + compactJson(v, inner)).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value as object).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${compactJson(v, inner)}`);
  return `{\n${entries.join(',\n')}\n${indent}}`;
}
