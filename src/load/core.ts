/** YAML 1.2 core only: a directive, an explicit tag (other than !!str on a scalar) or a merge key `<<` is refused. */
import { isMap, isPair, isScalar, isSeq, type Document, type Node } from '../vendor/yaml.js';
import type { Finding, Span } from '../model/index.js';
import type { Token } from './tokens.js';

/** Turns a text range into a span (the loader's line counter). */
export type SpanOf = (start: number, end: number) => Span;

const refusal = (messageId: string, data: Record<string, string>, span: Span): Finding => ({ rule: 'yaml-syntax', pointer: '', messageId, data, span });

/**
 * Directives and tags, read from the tokens. `!!str` on a scalar is let through: it only says "this is
 * text", as quotes do, and the `!!` handle cannot be redefined because every `%TAG` directive is refused.
 */
export function directiveAndTagRefusals(tokens: readonly Token[], text: string, spanOf: SpanOf): Finding[] {
  const out: Finding[] = [];
  tokens.forEach((t, i) => {
    const atLineStart = t.offset === 0 || text[t.offset - 1] === '\n';
    if ((t.kind === 'directive' || t.kind === 'plain') && t.source.startsWith('%') && atLineStart) {
      const directive = t.source.split('\n')[0]?.trim() ?? '%';
      out.push(refusal('directive', { found: directive }, spanOf(t.offset, t.offset + directive.length)));
    } else if (t.kind === 'tag') {
      const next = tokens[i + 1];
      const onScalar = next?.kind === 'plain' || next?.kind === 'quoted';
      if (t.source === '!!str' && onScalar) return;
      out.push(refusal(t.source === '!!merge' ? 'mergeTag' : 'tag', { found: t.source }, spanOf(t.offset, t.offset + t.source.length)));
    }
  });
  return out;
}

/** Every map key `<<`, however it is spelt (plain, quoted, `? <<`, in a flow mapping), read from the parsed tree. */
export function mergeKeyRefusals(doc: Document, spanOf: SpanOf): Finding[] {
  const out: Finding[] = [];
  const walk = (node: unknown, depth: number): void => {
    if (depth > 200) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as Node | null;
        if (isScalar(key) && key.value === '<<' && key.range) out.push(refusal('mergeKey', {}, spanOf(key.range[0], key.range[1])));
        walk(key, depth + 1);
        walk(pair.value, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item, depth + 1);
    }
  };
  walk(doc.contents, 0);
  return out;
}
