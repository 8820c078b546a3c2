/** Forging filings as an adversarial county would: incremental updates written by hand, and a signature with a seal. */
import { deflateSync } from 'node:zlib';
import { isDict, isRef, type PdfDict, type PdfValue } from '../../src/filing/pdf-syntax.js';
import { mergeSections, ObjectTable, sectionChain, startxref } from '../../src/filing/pdf-xref.js';

/** The objects of a PDF as its last revision has them, and its trailer. */
export function objectsOf(bytes: Uint8Array): { table: ObjectTable; trailer: PdfDict; size: number } {
  const chain = sectionChain(bytes, startxref(bytes, 0, bytes.length));
  const trailer = chain.at(-1)!.trailer;
  return { table: new ObjectTable(bytes, mergeSections(chain)), trailer, size: Number(trailer.v.get('Size')) };
}

/** PDF syntax for a value read by pdf-syntax (streams are written by `stream`). */
export function pdf(v: PdfValue): string {
  if (v === null) return 'null';
  if (typeof v !== 'object') return String(v);
  if (Array.isArray(v)) return `[${v.map(pdf).join(' ')}]`;
  if (v.t === 'name') return `/${v.v}`;
  if (v.t === 'ref') return `${v.n} ${v.g} R`;
  if (v.t === 'str') return `<${Buffer.from(v.v).toString('hex')}>`;
  return `<<${[...v.v].map(([k, x]) => `/${k} ${pdf(x)}`).join(' ')}>>`;
}

/** A dictionary's text with some entries replaced or added (raw PDF syntax). */
export function withEntries(d: PdfDict, entries: Record<string, string>): string {
  const kept = [...d.v].filter(([k]) => !(k in entries)).map(([k, x]) => `/${k} ${pdf(x)}`);
  return `<<${[...kept, ...Object.entries(entries).map(([k, x]) => `/${k} ${x}`)].join(' ')}>>`;
}

/** A compressed stream object body; `filter` as it is to be written (e.g. `[/FlateDecode]`, with a /DecodeParms array in `dict`). */
export function stream(dict: string, data: Uint8Array | string, filter = '/FlateDecode'): Buffer {
  const z = deflateSync(typeof data === 'string' ? Buffer.from(data, 'latin1') : data);
  return Buffer.concat([Buffer.from(`<<${dict} /Filter ${filter} /Length ${z.length}>>\nstream\n`, 'latin1'), z, Buffer.from('\nendstream', 'latin1')]);
}

/** Append an incremental update: the objects (number → body), a classic xref and a trailer with /Prev. */
export function appendUpdate(bytes: Uint8Array, objects: ReadonlyMap<number, string | Buffer>): Uint8Array {
  const { trailer, size } = objectsOf(bytes);
  const prev = startxref(bytes, 0, bytes.length);
  const parts: Buffer[] = [Buffer.from(bytes), Buffer.from('\n')];
  let offset = bytes.length + 1;
  const offsets = new Map<number, number>();
  for (const [n, body] of [...objects].sort((a, b) => a[0] - b[0])) {
    offsets.set(n, offset);
    const chunk = Buffer.concat([Buffer.from(`${n} 0 obj\n`), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), Buffer.from('\nendobj\n')]);
    parts.push(chunk);
    offset += chunk.length;
  }
  const xrefAt = offset;
  const lines = ['xref'];
  for (const [n, at] of [...offsets].sort((a, b) => a[0] - b[0])) lines.push(`${n} 1`, `${String(at).padStart(10, '0')} 00000 n\r`);
  const newSize = Math.max(size, ...[...objects.keys()].map((n) => n + 1));
  const keep = ['Root', 'Info', 'ID'].filter((k) => trailer.v.has(k)).map((k) => `/${k} ${pdf(trailer.v.get(k) ?? null)}`);
  lines.push('trailer', `<< /Size ${newSize} /Prev ${prev} ${keep.join(' ')} >>`, 'startxref', String(xrefAt), '%%EOF\n');
  parts.push(Buffer.from(lines.join('\n'), 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}

/** The object number and dictionary of page `n` (1-based) and of the catalog. */
export function pageAndCatalog(
  bytes: Uint8Array,
  n: number,
): { page: { num: number; dict: PdfDict }; catalog: { num: number; dict: PdfDict }; size: number; table: ObjectTable; info?: number } {
  const { table, trailer, size } = objectsOf(bytes);
  const root = trailer.v.get('Root');
  if (!isRef(root)) throw new Error('no root');
  const catalog = table.get(root.n) as PdfDict;
  const pages = table.get((catalog.v.get('Pages') as { n: number }).n) as PdfDict;
  const kids = pages.v.get('Kids') as PdfValue[];
  const kid = kids[n - 1];
  if (!isRef(kid)) throw new Error('nested page tree');
  const page = table.get(kid.n);
  if (!isDict(page)) throw new Error('no page');
  const info = trailer.v.get('Info');
  return { page: { num: kid.n, dict: page }, catalog: { num: root.n, dict: catalog }, size, table, ...(isRef(info) ? { info: info.n } : {}) };
}

/** Paint `ops` on page `n` after its content, as a new content stream in an incremental update. */
export function paintOver(bytes: Uint8Array, n: number, ops: string): Uint8Array {
  const { page, size } = pageAndCatalog(bytes, n);
  const contents = page.dict.v.get('Contents');
  const list = Array.isArray(contents) ? contents.map(pdf) : [pdf(contents ?? null)];
  return appendUpdate(
    bytes,
    new Map<number, string | Buffer>([
      [size, stream('', ops)],
      [page.num, withEntries(page.dict, { Contents: `[${[...list, `${size} 0 R`].join(' ')}]` })],
    ]),
  );
}

/**
 * The file written again as one revision: every object of its last revision copied as it is (objects at
 * offsets only), `objects` (number → body) replacing or adding some, a new classic xref and a trailer with
 * `trailer` entries replacing or adding some. Forgeries a county makes by editing the file and saving it whole.
 */
export function rewriteOneRevision(
  bytes: Uint8Array,
  objects: ReadonlyMap<number, string | Buffer> = new Map(),
  trailerEntries: Record<string, string> = {},
): Uint8Array {
  const { table, trailer } = objectsOf(bytes);
  const src = Buffer.from(bytes);
  const bodies = new Map<number, Buffer>();
  for (const [n, e] of table.entries) {
    if (e.kind === 'packed') throw new Error('rewriteOneRevision copies objects at offsets only');
    if (e.kind !== 'offset') continue;
    const end = src.indexOf('endobj', e.at, 'latin1');
    bodies.set(n, Buffer.concat([src.subarray(e.at, end + 6), Buffer.from('\n')]));
  }
  for (const [n, body] of objects) {
    bodies.set(n, Buffer.concat([Buffer.from(`${n} 0 obj\n`), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), Buffer.from('\nendobj\n')]));
  }
  const firstAt = Math.min(...[...table.entries.values()].map((e) => (e.kind === 'offset' ? e.at : Number.POSITIVE_INFINITY)));
  const parts: Buffer[] = [src.subarray(0, firstAt)];
  let offset = firstAt;
  const offsets = new Map<number, number>();
  for (const [n, chunk] of [...bodies].sort((a, b) => a[0] - b[0])) {
    offsets.set(n, offset);
    parts.push(chunk);
    offset += chunk.length;
  }
  const size = Math.max(...offsets.keys()) + 1;
  const lines = ['xref', `0 ${size}`];
  for (let n = 0; n < size; n++) {
    const at = offsets.get(n);
    lines.push(at === undefined ? `0000000000 ${n === 0 ? '65535' : '00000'} f\r` : `${String(at).padStart(10, '0')} 00000 n\r`);
  }
  lines.push('trailer', withEntries(trailer, { ...trailerEntries, Size: String(size) }).replace(/\/Prev \d+ ?/, ''), 'startxref', String(offset), '%%EOF\n');
  parts.push(Buffer.from(lines.join('\n'), 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}

/**
 * Append an incremental update written with an xref stream: `objects` at offsets, `packed` in one object
 * stream the xref places them in, `hidden` in that stream too but not in the xref (what a repairing viewer
 * would take). `size` overrides the /Size the xref stream claims.
 */
export function appendPackedUpdate(
  bytes: Uint8Array,
  objects: ReadonlyMap<number, string | Buffer>,
  packed: ReadonlyMap<number, string>,
  hidden: ReadonlyMap<number, string> = new Map(),
  size?: number,
): Uint8Array {
  const { trailer, size: before } = objectsOf(bytes);
  const prev = startxref(bytes, 0, bytes.length);
  const numbers = [...objects.keys(), ...packed.keys(), ...hidden.keys()];
  const holder = Math.max(before, ...numbers.map((n) => n + 1));
  const xref = holder + 1;
  const inStream = [...packed, ...hidden];
  let header = '';
  let body = '';
  for (const [n, text] of inStream) {
    header += `${n} ${body.length} `;
    body += `${text}\n`;
  }
  const all = new Map<number, string | Buffer>([...objects, [holder, stream(`/Type /ObjStm /N ${inStream.length} /First ${header.length}`, header + body)]]);
  const parts: Buffer[] = [Buffer.from(bytes), Buffer.from('\n')];
  let offset = bytes.length + 1;
  const rows = new Map<number, [number, number, number]>();
  for (const [n, obj] of [...all].sort((a, b) => a[0] - b[0])) {
    rows.set(n, [1, offset, 0]);
    const chunk = Buffer.concat([Buffer.from(`${n} 0 obj\n`), Buffer.isBuffer(obj) ? obj : Buffer.from(obj, 'latin1'), Buffer.from('\nendobj\n')]);
    parts.push(chunk);
    offset += chunk.length;
  }
  [...packed.keys()].forEach((n, i) => rows.set(n, [2, holder, i]));
  rows.set(xref, [1, offset, 0]);
  const sorted = [...rows].sort((a, b) => a[0] - b[0]);
  const data = Buffer.alloc(sorted.length * 7);
  sorted.forEach(([, [t, a, b]], i) => {
    data.writeUInt8(t, i * 7);
    data.writeUInt32BE(a, i * 7 + 1);
    data.writeUInt16BE(b, i * 7 + 5);
  });
  const keep = ['Root', 'Info', 'ID'].filter((k) => trailer.v.has(k)).map((k) => `/${k} ${pdf(trailer.v.get(k) ?? null)}`);
  const index = sorted.map(([n]) => `${n} 1`).join(' ');
  const dict = `/Type /XRef /Size ${size ?? xref + 1} /W [1 4 2] /Index [${index}] /Prev ${prev} ${keep.join(' ')}`;
  parts.push(Buffer.from(`${xref} 0 obj\n`), stream(dict, data), Buffer.from(`\nendobj\nstartxref\n${offset}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(parts));
}
