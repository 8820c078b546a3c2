/** The page tree checked as every viewer must read it alike (ISO 32000-1 §7.7.3): viewers walk a malformed one differently. */
import { isDict, isName, isRef, PdfReader, type PdfValue } from './pdf-syntax.js';
import type { ObjectTable } from './pdf-xref.js';
import { hintTableProblem } from './hint-table.js';

/**
 * The first thing in the page tree under `node` that viewers read differently, or '': pdf.js and MuPDF skip a
 * subtree by its /Count and take any node with /Kids but no /Type /Page for an intermediate one, poppler walks
 * every kid whatever the counts say. So every intermediate node must be /Type /Pages with /Kids and the
 * /Count of the leaves under it, and every leaf /Type /Page without /Kids.
 */
export function pageTreeProblem(table: ObjectTable, node: PdfValue | undefined, leaves: number[] = []): string {
  const seen = new Set<number>();
  const walk = (ref: PdfValue | undefined, depth: number): number | string => {
    if (!isRef(ref)) return 'page tree: a kid that is not a reference';
    if (seen.has(ref.n) || depth > 64 || seen.size > 100000) return `page tree: ${ref.n} 0 obj reached twice`;
    seen.add(ref.n);
    const d = table.get(ref.n);
    if (!isDict(d)) return `page tree: ${ref.n} 0 obj is not a dictionary`;
    if (isName(d.v.get('Type'), 'Page')) {
      leaves.push(ref.n);
      return d.v.has('Kids') || d.v.has('Count') ? `page tree: page ${ref.n} 0 obj has /Kids` : 1;
    }
    if (!isName(d.v.get('Type'), 'Pages')) return `page tree: ${ref.n} 0 obj is neither /Pages nor /Page`;
    const kidsValue = d.v.get('Kids');
    const kids = isRef(kidsValue) ? table.get(kidsValue.n) : kidsValue;
    if (!Array.isArray(kids)) return `page tree: ${ref.n} 0 obj has no /Kids`;
    let count = 0;
    for (const kid of kids) {
      const r = walk(kid, depth + 1);
      if (typeof r === 'string') return r;
      count += r;
    }
    return d.v.get('Count') === count ? count : `page tree: /Count of ${ref.n} 0 obj is not ${count}`;
  };
  const r = walk(node, 0);
  return typeof r === 'string' ? r : '';
}

/**
 * For a file pdf.js reads as linearized (its first object a dictionary with /Linearized, /L the file's length),
 * where the linearization dictionary disagrees with the page tree (`leaves`: the pages' object numbers), or '':
 * pdf.js takes object /O for page /P (by default the first) without walking the tree and /N for the page count,
 * every other viewer walks the tree. And a viewer reading the file over byte ranges finds each page through the
 * page offset hint table (hint-table.ts), which must place every page where the xref has the tree's page.
 */
export function linearizationProblem(bytes: Uint8Array, leaves: readonly number[], table: ObjectTable): string {
  let first: PdfValue;
  try {
    first = new PdfReader(bytes, 0).object().value;
  } catch {
    return '';
  }
  const linearized = isDict(first) ? first.v.get('Linearized') : undefined;
  if (!isDict(first) || typeof linearized !== 'number' || linearized <= 0 || first.v.get('L') !== bytes.length) return '';
  const p = first.v.get('P') ?? 0;
  const o = first.v.get('O');
  if (typeof p !== 'number' || leaves[p] !== o) return 'linearization /O is not the page the tree has at /P';
  if (first.v.get('N') !== leaves.length) return 'linearization /N is not the page count';
  return hintTableProblem(bytes, first, table, leaves);
}
