/** Where two paintings first differ: page count, a page's text, its other painting, its annotations, or a document part. */
import { comparePageTexts } from './compare.js';
import type { DocumentParts, Painting } from './paint.js';

export type PaintDifference =
  | { readonly kind: 'pages'; readonly actual: number; readonly expected: number }
  | { readonly kind: 'text'; readonly page: number; readonly actual: string; readonly expected: string }
  | { readonly kind: 'paint'; readonly page: number; readonly op: number; readonly actual: string; readonly expected: string }
  | { readonly kind: 'annotations'; readonly page: number; readonly actual: string }
  | { readonly kind: 'frame'; readonly page: number }
  | { readonly kind: 'document'; readonly part: keyof DocumentParts };

/** An operator as quoted in a message: its name and the start of its operands. */
function quote(op: string | undefined): string {
  if (op === undefined) return '（无）';
  return op.length > 80 ? `${op.slice(0, 77)}…` : op;
}

const PARTS: readonly (keyof DocumentParts)[] = [
  'actions',
  'openAction',
  'javaScript',
  'forms',
  'outline',
  'viewer',
  'outputIntents',
  'structure',
  'attachments',
  'info',
  'xmp',
  'catalog',
];

/** The first difference of `actual` (the filing) from `expected` (the rebuild), or undefined when they paint alike. */
export function comparePaintings(actual: Painting, expected: Painting): PaintDifference | undefined {
  if (actual.pages.length !== expected.pages.length) return { kind: 'pages', actual: actual.pages.length, expected: expected.pages.length };
  for (const [i, page] of actual.pages.entries()) {
    const want = expected.pages[i];
    if (!want) continue;
    if (page.annotations.join('\n') !== want.annotations.join('\n')) {
      const extra = page.annotations.filter((a) => !want.annotations.includes(a));
      return { kind: 'annotations', page: i + 1, actual: extra.join('; ') || page.annotations.join('; ') };
    }
    if (page.hash === want.hash) continue;
    const text = comparePageTexts([page.text], [want.text]);
    if (!text.same && text.kind === 'text') return { kind: 'text', page: i + 1, actual: text.actual, expected: text.expected };
    const at = firstDifference(page.ops, want.ops);
    // The same operators: the page box, rotation, page actions or colouring resources differ.
    if (at === page.ops.length && at === want.ops.length) return { kind: 'frame', page: i + 1 };
    return { kind: 'paint', page: i + 1, op: at + 1, actual: quote(page.ops[at]), expected: quote(want.ops[at]) };
  }
  for (const part of PARTS) if (actual.document[part] !== expected.document[part]) return { kind: 'document', part };
  return undefined;
}

function firstDifference(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return n;
}

/** Whether the two documents use other font programs (a build with `--fonts`, or another font release). */
export function otherFonts(actual: Painting, expected: Painting): boolean {
  const ours = new Set(expected.pages.flatMap((p) => p.fonts));
  const theirs = new Set(actual.pages.flatMap((p) => p.fonts));
  return [...ours].some((f) => !theirs.has(f));
}
