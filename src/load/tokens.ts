/** The parser's concrete syntax tree as a flat list of positioned tokens: what the pre-tree checks (core only, keyboard slips) read. */
import type { CST } from '../vendor/yaml.js';

type TokenKind =
  | 'plain'
  | 'quoted'
  | 'block'
  | 'directive'
  | 'tag'
  | 'anchor'
  | 'alias'
  | 'comment'
  | 'space'
  | 'newline'
  | 'seq-item'
  | 'explicit-key'
  | 'map-value'
  | 'flow-start'
  | 'flow-end'
  | 'comma'
  | 'doc'
  | 'other';

/** One token: its kind, its source text and its offset in the text. */
export interface Token {
  readonly kind: TokenKind;
  readonly source: string;
  readonly offset: number;
}

const KINDS: Partial<Record<string, TokenKind>> = {
  scalar: 'plain',
  'double-quoted-scalar': 'quoted',
  'single-quoted-scalar': 'quoted',
  directive: 'directive',
  tag: 'tag',
  anchor: 'anchor',
  alias: 'alias',
  comment: 'comment',
  space: 'space',
  newline: 'newline',
  'seq-item-ind': 'seq-item',
  'explicit-key-ind': 'explicit-key',
  'map-value-ind': 'map-value',
  'flow-map-start': 'flow-start',
  'flow-seq-start': 'flow-start',
  'flow-map-end': 'flow-end',
  'flow-seq-end': 'flow-end',
  comma: 'comma',
  'doc-start': 'doc',
  'doc-end': 'doc',
};

type Any = CST.Token | CST.SourceToken;
type Item = {
  readonly start: readonly CST.SourceToken[];
  readonly key?: CST.Token | null;
  readonly sep?: readonly CST.SourceToken[];
  readonly value?: CST.Token;
};

/** The tokens of the parsed stream, in text order. */
export function flattenTokens(cst: readonly CST.Token[]): Token[] {
  const out: Token[] = [];
  const push = (kind: TokenKind, source: string, offset: number): void => void out.push({ kind, source, offset });
  const items = (list: readonly Item[], depth: number): void => {
    for (const it of list) {
      it.start.forEach((t) => walk(t, depth));
      if (it.key) walk(it.key, depth + 1);
      it.sep?.forEach((t) => walk(t, depth));
      if (it.value) walk(it.value, depth + 1);
    }
  };
  const walk = (t: Any, depth: number): void => {
    if (depth > 400) return;
    switch (t.type) {
      case 'document':
        t.start.forEach((s) => walk(s, depth));
        if (t.value) walk(t.value, depth + 1);
        t.end?.forEach((s) => walk(s, depth));
        return;
      case 'block-map':
      case 'block-seq':
        return items(t.items, depth);
      case 'flow-collection':
        walk(t.start, depth);
        items(t.items, depth);
        t.end.forEach((s) => walk(s, depth));
        return;
      case 'block-scalar': {
        t.props.forEach((p) => walk(p, depth));
        const last = t.props[t.props.length - 1];
        return push('block', t.source, last ? last.offset + ('source' in last ? last.source.length : 0) : t.offset);
      }
      case 'scalar':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
      case 'alias':
        push(KINDS[t.type] ?? 'other', t.source, t.offset);
        return t.end?.forEach((s) => walk(s, depth));
      default:
        // Spaces are left out: every reader skips them, and a large file has as many as all the rest.
        if ('source' in t && t.type !== 'space') push(KINDS[t.type] ?? 'other', t.source, t.offset);
    }
  };
  cst.forEach((t) => walk(t, 0));
  // The tree is in text order; sort only if some token came out of it.
  for (let i = 1; i < out.length; i++) if ((out[i - 1]?.offset ?? 0) > (out[i]?.offset ?? 0)) return out.sort((a, b) => a.offset - b.offset);
  return out;
}
