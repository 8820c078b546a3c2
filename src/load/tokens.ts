/** yaml's lexer output as positioned tokens: what the pre-parse checks (core-only, keyboard slips) read. */
import { CST, Lexer } from 'yaml';

export type TokenKind =
  | 'plain' | 'quoted' | 'block' | 'directive' | 'tag' | 'anchor' | 'alias' | 'comment' | 'space' | 'newline'
  | 'seq-item' | 'explicit-key' | 'map-value' | 'flow-start' | 'flow-end' | 'comma' | 'doc' | 'other';

/** One token: its kind, its source text and its offset in the text. */
export interface Token {
  readonly kind: TokenKind;
  readonly source: string;
  readonly offset: number;
}

const KINDS: Partial<Record<string, TokenKind>> = {
  'double-quoted-scalar': 'quoted', 'single-quoted-scalar': 'quoted', 'directive-line': 'directive', tag: 'tag',
  anchor: 'anchor', alias: 'alias', comment: 'comment', space: 'space', newline: 'newline', 'seq-item-ind': 'seq-item',
  'explicit-key-ind': 'explicit-key', 'map-value-ind': 'map-value', 'flow-map-start': 'flow-start',
  'flow-seq-start': 'flow-start', 'flow-map-end': 'flow-end', 'flow-seq-end': 'flow-end', comma: 'comma',
  'doc-start': 'doc', 'doc-end': 'doc',
};

/** The text's tokens in order; the lexer's zero-width markers are dropped and scalar bodies typed. */
export function lexTokens(text: string): Token[] {
  const out: Token[] = [];
  let offset = 0;
  let scalarNext = false;
  let blockHeader = false;
  for (const source of new Lexer().lex(text)) {
    const type = CST.tokenType(source);
    if (type === 'scalar' || type === 'doc-mode' || type === 'flow-error-end' || type === 'byte-order-mark') {
      if (type === 'scalar') scalarNext = true;
      if (type === 'byte-order-mark') offset += source.length;
      continue;
    }
    let kind: TokenKind = KINDS[type ?? ''] ?? 'other';
    if (scalarNext) kind = blockHeader ? 'block' : 'plain';
    if (type === 'block-scalar-header') blockHeader = true;
    else if (kind === 'block' || (kind !== 'space' && kind !== 'newline' && kind !== 'comment')) blockHeader = false;
    scalarNext = false;
    out.push({ kind, source, offset });
    offset += source.length;
  }
  return out;
}

/** The offset where the line holding `offset` starts. */
export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}
