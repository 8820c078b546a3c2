/** A map from JSON pointers to the line:column spans of YAML nodes, built from the parsed document. */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, type Document, type Node } from '../vendor/yaml.js';
import type { Span } from '../model/index.js';

interface Entry {
  readonly value?: Span;
  readonly key?: Span;
}

/** Escape one JSON-pointer segment (RFC 6901). */
function pointerSegment(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Join a pointer and further segments. */
export function joinPointer(base: string, ...keys: (string | number)[]): string {
  return base + keys.map((k) => '/' + pointerSegment(k)).join('');
}

/** The pointer one level up ('' stays ''). */
function parentPointer(pointer: string): string {
  const i = pointer.lastIndexOf('/');
  return i <= 0 ? '' : pointer.slice(0, i);
}

export class PositionMap {
  private readonly entries = new Map<string, Entry>();
  constructor(private readonly lines: LineCounter) {}

  /** Record a node's range (and its key's) under a pointer. */
  set(pointer: string, value: readonly number[] | null | undefined, key?: readonly number[] | null): void {
    this.entries.set(pointer, {
      value: value ? this.span(value) : undefined,
      key: key ? this.span(key) : undefined,
    });
  }

  /** Whether the source has a node at the pointer. */
  has(pointer: string): boolean {
    return this.entries.has(pointer);
  }

  /** The span of the node at the pointer, or of its nearest ancestor that exists; line 1 when none. */
  locate(pointer: string, atKey = false): Span {
    for (let p = pointer; ; p = parentPointer(p)) {
      const e = this.entries.get(p);
      const s = atKey && p === pointer ? (e?.key ?? e?.value) : (e?.value ?? e?.key);
      if (s) return s;
      if (p === '') return { line: 1, column: 1, endLine: 1, endColumn: 1 };
    }
  }

  private span(range: readonly number[]): Span {
    const start = this.lines.linePos(range[0] ?? 0);
    const end = this.lines.linePos(range[1] ?? range[0] ?? 0);
    return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  }
}

/** Walk a parsed document and record every node's position under its pointer. */
export function buildPositionMap(doc: Document, lines: LineCounter): PositionMap {
  const map = new PositionMap(lines);
  const walk = (node: unknown, pointer: string, depth: number): void => {
    if (depth > 200) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        const keyValue = isScalar(keyNode) ? keyNode.value : keyNode;
        const child = joinPointer(pointer, String(keyValue));
        const valueNode = pair.value as Node | null;
        map.set(child, valueNode?.range ?? keyNode?.range, keyNode?.range);
        walk(valueNode, child, depth + 1);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const child = joinPointer(pointer, i);
        map.set(child, (item as Node | null)?.range);
        walk(item, child, depth + 1);
      });
    } else if (isAlias(node)) {
      return;
    }
  };
  map.set('', (doc.contents as Node | null)?.range ?? [0, 0]);
  walk(doc.contents, '', 0);
  return map;
}
