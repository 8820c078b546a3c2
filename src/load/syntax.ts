/** The parser's errors as `yaml-syntax` findings: a message id and data per kind, so no parser English reaches a zh message. */
import type { LineCounter, YAMLError } from '../vendor/yaml.js';
import type { Finding } from '../model/index.js';

/** A key indented too deep makes the value above it a multi-line key; yaml reports that twice. */
export function withoutCascades(errors: readonly YAMLError[]): YAMLError[] {
  const multiline = new Set(errors.filter((e) => e.code === 'MULTILINE_IMPLICIT_KEY').map((e) => e.pos[0]));
  return errors.filter((e) => e.code !== 'BLOCK_AS_IMPLICIT_KEY' || !multiline.has(e.pos[0]));
}

export function syntaxFinding(e: YAMLError, lines: LineCounter, text: string): Finding {
  // An over-indented key is on the line where the multi-line key ends, not where it starts;
  // a dedented one ("without - indicator") is an indentation slip too: point at the key itself.
  const keyLine = e.code === 'MULTILINE_IMPLICIT_KEY' ? lines.lineStarts[lines.linePos(e.pos[1]).line - 1] : undefined;
  const missingDash = e.code === 'MISSING_CHAR' && /without - indicator/.test(e.message);
  const at = keyLine !== undefined || missingDash ? firstNonBlank(text, keyLine ?? e.pos[0]) : e.pos[0];
  const start = lines.linePos(at);
  const end = lines.linePos(Math.max(e.pos[1], at + 1));
  const detail = e.message.split('\n')[0] ?? e.code;
  const span = e.code === 'DUPLICATE_KEY' ? /^[^:\n]*/.exec(text.slice(e.pos[0], e.pos[0] + 80))?.[0].trim() : undefined;
  const found = span ?? text.slice(e.pos[0], Math.min(e.pos[1], e.pos[0] + 40)).split('\n')[0] ?? '';
  return {
    rule: 'yaml-syntax',
    pointer: '',
    messageId: missingDash ? 'indent' : messageIdOf(e),
    data: { detail, found: found || text.slice(e.pos[0], e.pos[0] + 1) },
    span: { line: start.line, column: start.col, endLine: end.line, endColumn: end.col },
  };
}

function messageIdOf(e: YAMLError): string {
  if (e.code === 'MISSING_CHAR') return MISSING.find(([re]) => re.test(e.message))?.[1] ?? 'missingChar';
  if (e.code === 'BAD_INDENT' && /end with a \]/.test(e.message)) return 'unclosedSeq';
  if (e.code === 'BAD_INDENT' && /end with a \}/.test(e.message)) return 'unclosedMap';
  if (e.code === 'BLOCK_AS_IMPLICIT_KEY' && /Nested mappings/.test(e.message)) return 'nestedMap';
  return YAML_CODES[e.code] ?? 'default';
}

function firstNonBlank(text: string, from: number): number {
  const m = /[^ \t]/.exec(text.slice(from));
  return m ? from + m.index : from;
}

/** What a MISSING_CHAR error is missing, told by yaml's text. */
const MISSING: readonly (readonly [RegExp, string])[] = [
  [/Implicit map keys need to be followed by map values/, 'missingColon'],
  [/flow sequence to end with \]/, 'unclosedSeq'],
  [/flow map to end with \}/, 'unclosedMap'],
  [/Missing closing "quote/, 'unclosedDouble'],
  [/Missing closing 'quote/, 'unclosedSingle'],
];

/** yaml's error codes that get a message of their own (the rest use the default). */
const YAML_CODES: Partial<Record<string, string>> = {
  DUPLICATE_KEY: 'duplicateKey',
  TAB_AS_INDENT: 'tab',
  BAD_INDENT: 'indent',
  MULTIPLE_DOCS: 'multipleDocs',
  BLOCK_AS_IMPLICIT_KEY: 'indent',
  MULTILINE_IMPLICIT_KEY: 'indent',
  NON_STRING_KEY: 'nonStringKey',
  RESOURCE_EXHAUSTION: 'tooDeep',
  BAD_SCALAR_START: 'unexpected',
  UNEXPECTED_TOKEN: 'unexpected',
  BLOCK_IN_FLOW: 'blockInFlow',
  BAD_DQ_ESCAPE: 'badEscape',
  KEY_OVER_1024_CHARS: 'longKey',
  ALIAS_PROPS: 'props',
  BAD_PROP_ORDER: 'props',
  MULTIPLE_ANCHORS: 'props',
  MULTIPLE_TAGS: 'props',
  TAG_RESOLVE_FAILED: 'tag',
  BAD_COLLECTION_TYPE: 'tag',
  BAD_DIRECTIVE: 'directive',
};
