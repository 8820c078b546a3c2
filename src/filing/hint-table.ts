/**
 * The page offset hint table of a linearized file (ISO 32000-1 Annex F.4.1). A viewer reading the file over
 * HTTP byte ranges (Acrobat) finds page N by this table, not by walking the page tree: page N's objects are
 * the bytes the table gives it. A table that points page N at other bytes than the page the tree has there
 * shows another page while loading, whatever the tree says.
 */
import { decodeStream, isDict, PdfReader, PdfSyntaxError, type PdfDict } from './pdf-syntax.js';
import type { ObjectTable } from './pdf-xref.js';

/** Reads unsigned big-endian bit fields, as the hint tables are written. */
class Bits {
  private at = 0;
  constructor(private readonly data: Uint8Array) {}

  read(n: number): number {
    if (n > 32) throw new PdfSyntaxError('hint table: a field wider than 32 bits');
    let v = 0;
    for (let i = 0; i < n; i++) {
      const byte = this.data[this.at >> 3];
      if (byte === undefined) throw new PdfSyntaxError('hint table: shorter than its pages');
      v = v * 2 + ((byte >> (7 - (this.at & 7))) & 1);
      this.at++;
    }
    return v;
  }

  byteBoundary(): void {
    this.at = (this.at + 7) & ~7;
  }
}

/** Page i's offset (before the hint stream's own bytes are added) and number of objects, as the hint table gives them. */
function hintedPages(data: Uint8Array, pages: number): { offsets: number[]; objects: number[] } {
  const b = new Bits(data);
  const leastObjects = b.read(32);
  const firstPage = b.read(32);
  const nbitsObjects = b.read(16);
  const leastLength = b.read(32);
  const nbitsLength = b.read(16);
  // Content stream offsets and lengths, shared object references, fractional positions: not used here.
  for (const width of [32, 16, 32, 16, 16, 16, 16, 16]) b.read(width);
  const objects = Array.from({ length: pages }, () => leastObjects + b.read(nbitsObjects));
  b.byteBoundary();
  const lengths = Array.from({ length: pages }, () => leastLength + b.read(nbitsLength));
  const offsets: number[] = [];
  let at = firstPage;
  for (const length of lengths) {
    offsets.push(at);
    at += length;
  }
  return { offsets, objects };
}

/**
 * For a linearized file (`lin` its linearization dictionary), where the page offset hint table disagrees with
 * the page tree (`leaves`), or '': the table must be readable, page i's offset in it (the hint stream's own
 * bytes added past it, Annex F.3) must be the offset the xref gives page i's object, and its count of objects
 * must lead from page i's object number to page i + 1's (after the first page).
 */
export function hintTableProblem(bytes: Uint8Array, lin: PdfDict, table: ObjectTable, leaves: readonly number[]): string {
  const h = lin.v.get('H');
  if (!Array.isArray(h) || (h.length !== 2 && h.length !== 4) || !h.every((x) => typeof x === 'number' && Number.isInteger(x) && x >= 0))
    return 'linearization /H is not an array of offsets';
  const [hintAt, hintLength] = h as number[];
  let offsets: number[];
  let objects: number[];
  try {
    const stream = new PdfReader(bytes, hintAt).object().value;
    if (!isDict(stream) || !stream.stream) return 'linearization /H names no hint stream';
    ({ offsets, objects } = hintedPages(decodeStream(stream), leaves.length));
  } catch (e) {
    return `linearization hint table unreadable (${(e as Error).message.slice(0, 60)})`;
  }
  for (const [i, n] of leaves.entries()) {
    const hinted = offsets[i] ?? -1;
    const actual = hinted >= (hintAt ?? 0) ? hinted + (hintLength ?? 0) : hinted;
    const e = table.entries.get(n);
    if (e?.kind !== 'offset' || e.at !== actual) return `linearization hint table places page ${i + 1} elsewhere`;
    // Pages after the first are numbered in file order, each page object first (Annex F.3): a reader takes page
    // i + 1's object number as page i's plus page i's count of objects.
    const previous = leaves[i - 1];
    if (i >= 2 && previous !== undefined && n !== previous + (objects[i - 1] ?? 0)) return `linearization hint table numbers page ${i + 1} otherwise`;
  }
  return '';
}
