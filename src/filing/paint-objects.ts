/**
 * A proof of equal painting without a viewer: two PDFs whose object graphs (from the trailer's /Root and
 * /Info) are the same up to object numbering, streams compared by their decoded data, are read alike by
 * any viewer. Anything this module does not understand answers "not proven" and pdf.js decides.
 */
import { decodeStream, isDict, isName, isRef, PdfReader, type PdfDict, type PdfValue } from './pdf-syntax.js';
import { headerOffset, mergeSections, ObjectTable, sectionChain, startxref, strayObject } from './pdf-xref.js';
import { linearizationProblem, pageTreeProblem } from './page-tree.js';

/** How a stream's bytes are stored: compared through the decoded data instead. */
const STORAGE = new Set(['Length', 'Filter', 'DecodeParms', 'DL']);
/** More objects than any filing has: not proven (pdf.js decides). */
const MAX_OBJECTS = 200_000;

interface Doc {
  readonly table: ObjectTable;
  readonly trailer: PdfDict;
}

const latin1 = new TextDecoder('latin1');

/**
 * The document as a viewer reads it, or undefined where a viewer might read another xref than ours: a
 * linearized file whose first-page xref (where pdf.js starts) is not the one `startxref` names.
 */
function open(bytes: Uint8Array): Doc | undefined {
  // Bytes before the header: pdf.js reads every offset that many bytes further on than we do.
  if (headerOffset(bytes) !== 0) return undefined;
  const at = startxref(bytes, 0, bytes.length);
  const head = latin1.decode(bytes.subarray(0, 2048));
  // pdf.js calls a file linearized when its first object is a dictionary with /Linearized, the name decoded (/Lineari#7Aed is one).
  let first: PdfValue;
  try {
    first = new PdfReader(bytes, 0).object().value;
  } catch {
    return undefined;
  }
  if (/\/Linearized\b/.test(head) || (isDict(first) && first.v.has('Linearized'))) {
    const end = head.indexOf('endobj');
    const after = end < 0 ? -1 : end + 6 + (/^\s*/.exec(head.slice(end + 6))?.[0].length ?? 0);
    if (after !== at) return undefined;
  }
  const chain = sectionChain(bytes, at);
  const top = chain[chain.length - 1];
  if (!top || top.trailer.v.has('Encrypt')) return undefined;
  // pdf.js, when it rebuilds a table, takes the first trailer (or xref stream) in the file whose /Root has /Pages:
  // one that is not a section of this chain could name another catalog.
  // Buffer's Latin-1 (TextDecoder's is windows-1252 through ICU, slower): the patterns are ASCII, so they match alike.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const tables = chain.filter((s) => !isName(s.trailer.v.get('Type'), 'XRef')).length;
  const streams = chain.length - tables + chain.filter((s) => typeof s.trailer.v.get('XRefStm') === 'number').length;
  if ((text.match(/trailer(?![A-Za-z0-9])/g)?.length ?? 0) > tables || (text.match(/\/XRef(?=[\0-\x3f])/g)?.length ?? 0) > streams) return undefined;
  const entries = mergeSections(chain);
  // An object written outside the xref is what pdf.js paints once it rebuilds the table: not proven.
  if (strayObject(bytes, 0, bytes.length, entries) !== undefined) return undefined;
  const table = new ObjectTable(bytes, entries);
  // A linearized file is read page by page through its linearization dictionary and hint tables, which no graph holds.
  if (isDict(first) && first.v.has('Linearized')) {
    const root = top.trailer.v.get('Root');
    const catalog = isRef(root) ? table.get(root.n) : undefined;
    const leaves: number[] = [];
    if (!isDict(catalog) || pageTreeProblem(table, catalog.v.get('Pages'), leaves) || linearizationProblem(bytes, leaves, table)) return undefined;
  }
  return { table, trailer: top.trailer };
}

/** Object `n` of `doc`, checked to be the object its xref entry says (else a viewer may repair the file its own way). */
function fetch(doc: Doc, n: number, g: number): PdfValue {
  const entry = doc.table.entries.get(n);
  if (entry?.kind === 'offset') {
    const header = new PdfReader(doc.table.bytes, entry.at).object();
    if (header.n !== n || header.g !== g) throw new Error(`object ${n} ${g} is not at its offset`);
  } else if (entry?.kind === 'packed' && g !== 0) throw new Error(`packed object ${n} with generation ${g}`);
  return doc.table.get(n);
}

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && Buffer.compare(a, b) === 0;

/** Walks both graphs side by side; object numbers are paired one to one as they are met. */
class Walk {
  private readonly fwd = new Map<number, number>();
  private readonly bwd = new Map<number, number>();
  private readonly queue: [number, number, number, number][] = [];

  constructor(
    private readonly a: Doc,
    private readonly b: Doc,
  ) {}

  run(x: PdfValue | undefined, y: PdfValue | undefined): boolean {
    if (!this.same(x ?? null, y ?? null)) return false;
    for (let next = this.queue.pop(); next; next = this.queue.pop()) {
      const [n, g, m, h] = next;
      if (!this.same(fetch(this.a, n, g), fetch(this.b, m, h))) return false;
    }
    return true;
  }

  private pair(x: { n: number; g: number }, y: { n: number; g: number }): boolean {
    const seen = this.fwd.get(x.n);
    if (seen !== undefined || this.bwd.has(y.n)) return seen === y.n && this.bwd.get(y.n) === x.n;
    if (this.fwd.size >= MAX_OBJECTS) return false;
    this.fwd.set(x.n, y.n);
    this.bwd.set(y.n, x.n);
    this.queue.push([x.n, x.g, y.n, y.g]);
    return true;
  }

  private same(x: PdfValue, y: PdfValue): boolean {
    if (isRef(x) && isRef(y)) return this.pair(x, y);
    // A direct value in one, an indirect one in the other: a viewer resolves references, so compare what they name.
    if (isRef(x)) return this.same(fetch(this.a, x.n, x.g), y);
    if (isRef(y)) return this.same(x, fetch(this.b, y.n, y.g));
    if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object') return x === y;
    if (Array.isArray(x) || Array.isArray(y))
      return Array.isArray(x) && Array.isArray(y) && x.length === y.length && x.every((v, i) => this.same(v, y[i] ?? null));
    if (x.t === 'name' || x.t === 'str' || y.t === 'name' || y.t === 'str') {
      if (x.t !== y.t) return false;
      return x.t === 'name' ? x.v === (y as typeof x).v : sameBytes(x.v as Uint8Array, y.v as Uint8Array);
    }
    return this.sameDict(x, y as PdfDict);
  }

  private sameDict(x: PdfDict, y: PdfDict): boolean {
    const stream = x.stream !== undefined;
    if (stream !== (y.stream !== undefined)) return false;
    const keys = (d: PdfDict): string[] => [...d.v.keys()].filter((k) => !(stream && STORAGE.has(k))).sort();
    const kx = keys(x);
    const ky = keys(y);
    if (kx.length !== ky.length || kx.some((k, i) => k !== ky[i])) return false;
    if (!kx.every((k) => this.same(x.v.get(k) ?? null, y.v.get(k) ?? null))) return false;
    if (!stream) return true;
    if (sameStorage(x, y) && sameBytes(x.stream ?? new Uint8Array(), y.stream ?? new Uint8Array())) return true;
    // Stored another way (recompressed, other parameters): the decoded data decides; a filter other than Flate throws (not proven).
    return sameBytes(decodeStream(x), decodeStream(y));
  }
}

/** Same filters and parameters written the same way (then the stored bytes may be compared as they are). */
function sameStorage(x: PdfDict, y: PdfDict): boolean {
  const text = (d: PdfDict): string =>
    JSON.stringify([d.v.get('Filter'), d.v.get('DecodeParms')], (_k, v: unknown) => (v instanceof Map ? [...v] : v instanceof Uint8Array ? [...v] : v));
  return text(x) === text(y);
}

/** Whether `actual` is proven to paint as `expected` does: the same objects, renumbered at most. False means "not proven". */
export function sameObjectGraph(actual: Uint8Array, expected: Uint8Array): boolean {
  try {
    const a = open(actual);
    const b = open(expected);
    if (!a || !b) return false;
    const walk = new Walk(a, b);
    return walk.run(a.trailer.v.get('Root'), b.trailer.v.get('Root')) && walk.run(a.trailer.v.get('Info'), b.trailer.v.get('Info'));
  } catch {
    return false;
  }
}
