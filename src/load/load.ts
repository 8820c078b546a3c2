/** Bytes → parsed YAML data with a position map; syntax problems become `yaml-syntax` findings. */
import { createHash } from 'node:crypto';
import { LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import type { Finding } from '../model/index.js';
import { decodeSource } from './decode.js';
import { MAX_SOURCE_BYTES } from './limits.js';
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
  if (bytes.length > MAX_SOURCE_BYTES) return { ...empty, text: '', findings: [tooLarge(bytes.length)] };
  const decoded = decodeSource(bytes);
  if (!decoded.ok) return { ...empty, text: '', findings: [decoded.finding] };
  const text = decoded.text.replace(/^\uFEFF/, '');
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return { ...empty, text, findings: [syntaxAt(text, nul, 'nul')] };
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, stringKeys: true, prettyErrors: false, strict: true });
  } catch (e) {
    // yaml catches most stack overflows itself (RESOURCE_EXHAUSTION); one in its parser would escape.
    if (e instanceof RangeError) return { ...empty, text, findings: [{ rule: 'yaml-syntax', pointer: '', messageId: 'tooDeep', data: { detail: e.message } }] };
    throw e;
  }
  const positions = buildPositionMap(doc, lines);
  const errors = withoutCascades(doc.errors).map((e) => syntaxFinding(e, lines, text));
  if (errors.length > 0) return { ...empty, text, positions, findings: errors };
  try {
    const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown;
    return { ...empty, text, positions, data, findings: doc.warnings.map((e) => syntaxFinding(e, lines, text)) };
  } catch (e) {
    const messageId = e instanceof RangeError ? 'tooDeep' : 'aliasBomb';
    return { ...empty, text, positions, findings: [{ rule: 'yaml-syntax', pointer: '', messageId, data: { detail: String((e as Error).message) } }] };
  }
}

/** A key indented too deep makes the value above it a multi-line key; yaml reports that twice. */
function withoutCascades(errors: readonly YAMLError[]): YAMLError[] {
  const multiline = new Set(errors.filter((e) => e.code === 'MULTILINE_IMPLICIT_KEY').map((e) => e.pos[0]));
  return errors.filter((e) => e.code !== 'BLOCK_AS_IMPLICIT_KEY' || !multiline.has(e.pos[0]));
}

function syntaxFinding(e: YAMLError, lines: LineCounter, text: string): Finding {
  // An over-indented key is on the line where the multi-line key ends, not where it starts;
  // a dedented one ("without - indicator") is an indentation slip too: point at the key itself.
  const keyLine = e.code === 'MULTILINE_IMPLICIT_KEY' ? lines.lineStarts[lines.linePos(e.pos[1]).line - 1] : undefined;
  const missingDash = e.code === 'MISSING_CHAR' && /without - indicator/.test(e.message);
  const at = keyLine !== undefined || missingDash ? firstNonBlank(text, keyLine ?? e.pos[0]) : e.pos[0];
  const start = lines.linePos(at);
  const end = lines.linePos(Math.max(e.pos[1], at + 1));
  return {
    rule: 'yaml-syntax',
    pointer: '',
    messageId: missingDash ? 'indent' : YAML_CODES[e.code] ?? 'default',
    data: { detail: e.message.split('\n')[0] ?? e.code },
    span: { line: start.line, column: start.col, endLine: end.line, endColumn: end.col },
  };
}

function firstNonBlank(text: string, from: number): number {
  const m = /[^ \t]/.exec(text.slice(from));
  return m ? from + m.index : from;
}

function tooLarge(size: number): Finding {
  const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return { rule: 'yaml-syntax', pointer: '', messageId: 'tooLarge', data: { size: mb(size), limit: mb(MAX_SOURCE_BYTES) }, span: { line: 1, column: 1, endLine: 1, endColumn: 1 } };
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
  MULTILINE_IMPLICIT_KEY: 'indent',
  MISSING_CHAR: 'missingChar',
  NON_STRING_KEY: 'nonStringKey',
  RESOURCE_EXHAUSTION: 'tooDeep',
};
