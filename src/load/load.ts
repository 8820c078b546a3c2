/** Bytes → parsed YAML data with a position map; syntax problems become `yaml-syntax` findings. */
import { createHash } from 'node:crypto';
import { Composer, LineCounter, Parser, YAMLParseError, type CST, type Document } from '../vendor/yaml.js';
import type { Finding } from '../model/index.js';
import { directiveAndTagRefusals, mergeKeyRefusals, type SpanOf } from './core.js';
import { decodeSource } from './decode.js';
import { MAX_SOURCE_BYTES } from './limits.js';
import { buildPositionMap, PositionMap } from './positions.js';
import { findSlips } from './slips.js';
import { syntaxFinding, withoutCascades } from './syntax.js';
import { flattenTokens } from './tokens.js';

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

/**
 * YAML 1.2 core, whatever the file says: a `%YAML 1.1` directive must not switch on merge keys, yes/no
 * booleans or the 1.1 tags (they are refused anyway, but nothing is read with them first).
 */
export const PARSE_OPTIONS = {
  version: '1.2',
  schema: 'core',
  merge: false,
  resolveKnownTags: false,
  uniqueKeys: true,
  stringKeys: true,
  prettyErrors: false,
  strict: true,
} as const;

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
  let cst: CST.Token[];
  try {
    ({ doc, cst } = parse(text, lines));
  } catch (e) {
    // yaml catches most stack overflows itself (RESOURCE_EXHAUSTION); one in its parser would escape.
    if (e instanceof RangeError) return { ...empty, text, findings: [{ rule: 'yaml-syntax', pointer: '', messageId: 'tooDeep', data: { detail: e.message } }] };
    throw e;
  }
  const positions = buildPositionMap(doc, lines);
  const refused = outsideCore(text, doc, cst, lines);
  if (refused.length > 0) {
    // One finding per slip: the parser's errors are what the slips do to the rest of the file (tabs excepted).
    const tabs = doc.errors.filter((e) => e.code === 'TAB_AS_INDENT').map((e) => syntaxFinding(e, lines, text));
    return { ...empty, text, positions, findings: sortFindings([...refused, ...tabs]) };
  }
  const errors = withoutCascades(doc.errors).map((e) => syntaxFinding(e, lines, text));
  if (errors.length > 0) return { ...empty, text, positions, findings: errors };
  try {
    const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown;
    return { ...empty, text, positions, data, findings: doc.warnings.map((e) => syntaxFinding(e, lines, text)) };
  } catch (e) {
    return { ...empty, text, positions, findings: [toJsFailure(e as Error, text)] };
  }
}

/** parseDocument's steps, keeping the concrete syntax tree for the checks that read tokens. */
function parse(text: string, lines: LineCounter): { doc: Document; cst: CST.Token[] } {
  const cst = [...new Parser(lines.addNewLine).parse(text)];
  let doc: Document | undefined;
  for (const next of new Composer(PARSE_OPTIONS).compose(cst, true, text.length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  return { doc: doc as Document, cst };
}

/** Keyboard slips, directives, tags and merge keys: each one finding at its place. */
function outsideCore(text: string, doc: Document, cst: readonly CST.Token[], lines: LineCounter): Finding[] {
  const spanOf: SpanOf = (start, end) => {
    const a = lines.linePos(start);
    const b = lines.linePos(Math.max(end, start + 1));
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  };
  const tokens = flattenTokens(cst);
  const slips = findSlips(text, tokens).map(
    (s): Finding => ({ rule: 'yaml-syntax', pointer: '', messageId: s.messageId, data: s.data, span: spanOf(s.offset, s.offset + s.length) }),
  );
  return [...slips, ...directiveAndTagRefusals(tokens, text, spanOf), ...mergeKeyRefusals(doc, spanOf)];
}

function sortFindings(findings: readonly Finding[]): Finding[] {
  const key = (f: Finding): number => (f.span?.line ?? 0) * 1e6 + (f.span?.column ?? 0);
  return [...findings].sort((a, b) => key(a) - key(b));
}

/** An alias without its anchor, an alias bomb or a structure too deep to build. */
function toJsFailure(e: Error, text: string): Finding {
  const alias = /Unresolved alias[^:]*: (.*)$/.exec(e.message);
  if (alias) {
    const found = `*${alias[1] ?? ''}`;
    return { ...syntaxAt(text, Math.max(text.indexOf(found), 0), 'badAlias'), data: { found, detail: e.message } };
  }
  const messageId = e instanceof RangeError ? 'tooDeep' : 'aliasBomb';
  return { rule: 'yaml-syntax', pointer: '', messageId, data: { detail: e.message } };
}

function tooLarge(size: number): Finding {
  const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return {
    rule: 'yaml-syntax',
    pointer: '',
    messageId: 'tooLarge',
    data: { size: mb(size), limit: mb(MAX_SOURCE_BYTES) },
    span: { line: 1, column: 1, endLine: 1, endColumn: 1 },
  };
}

function syntaxAt(text: string, offset: number, messageId: string): Finding {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { rule: 'yaml-syntax', pointer: '', messageId, data: { detail: '' }, span: { line, column, endLine: line, endColumn: column + 1 } };
}
