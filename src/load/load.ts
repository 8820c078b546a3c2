/** Bytes → parsed YAML data with a position map; syntax problems become `yaml-syntax` findings. */
import { createHash } from 'node:crypto';
import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import type { Finding } from '../model/index.js';
import { decodeSource } from './decode.js';
import { buildPositionMap, PositionMap } from './positions.js';

/** A source file read and parsed: `data` is absent when the file could not be parsed. */
export interface LoadedSource {
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly sha256: string;
  readonly text: string;
  readonly data?: unknown;
  readonly positions: PositionMap;
  readonly findings: readonly Finding[];
}

/** Aliases a document may expand before it is treated as an alias bomb. */
const MAX_ALIAS_COUNT = 100;

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Decode and parse one catalogue file. `file` is only a label for diagnostics. */
export function loadSource(file: string, bytes: Uint8Array): LoadedSource {
  const sha256 = sha256Hex(bytes);
  const lines = new LineCounter();
  const empty = { file, bytes, sha256, positions: new PositionMap(lines) };
  const decoded = decodeSource(bytes);
  if (!decoded.ok) return { ...empty, text: '', findings: [decoded.finding] };
  const text = decoded.text.replace(/^\uFEFF/, '');
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return { ...empty, text, findings: [syntaxAt(text, nul, 'nul')] };
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true });
  const positions = buildPositionMap(doc, lines);
  const errors = doc.errors.map((e) => syntaxFinding(e, lines));
  if (errors.length > 0) return { ...empty, text, positions, findings: errors };
  try {
    const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown;
    return { ...empty, text, positions, data, findings: doc.warnings.map((e) => syntaxFinding(e, lines)) };
  } catch (e) {
    const messageId = e instanceof RangeError ? 'tooDeep' : 'aliasBomb';
    return { ...empty, text, positions, findings: [{ rule: 'yaml-syntax', pointer: '', messageId, data: { detail: String((e as Error).message) } }] };
  }
}

function syntaxFinding(e: YAMLError, lines: LineCounter): Finding {
  const start = lines.linePos(e.pos[0]);
  const end = lines.linePos(Math.max(e.pos[1], e.pos[0] + 1));
  return {
    rule: 'yaml-syntax',
    pointer: '',
    messageId: YAML_CODES[e.code] ?? 'default',
    data: { detail: e.message.split('\n')[0] ?? e.code },
    span: { line: start.line, column: start.col, endLine: end.line, endColumn: end.col },
  };
}

function syntaxAt(text: string, offset: number, messageId: string): Finding {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { rule: 'yaml-syntax', pointer: '', messageId, data: { detail: '' }, span: { line, column, endLine: line, endColumn: column + 1 } };
}

/** yaml's error codes that get a message of their own (the rest use the default with yaml's text). */
const YAML_CODES: Partial<Record<string, string>> = {
  DUPLICATE_KEY: 'duplicateKey',
  TAB_AS_INDENT: 'tab',
  BAD_INDENT: 'indent',
  MULTIPLE_DOCS: 'multipleDocs',
  BLOCK_AS_IMPLICIT_KEY: 'indent',
  MISSING_CHAR: 'missingChar',
};
