/** The cross-reference sections of a PDF (tables and streams) and the objects they point to, revision by revision. */
import { decodeStream, isDict, isName, PdfReader, PdfSyntaxError, type PdfDict, type PdfValue } from './pdf-syntax.js';

/** Where an object is: at a byte offset, inside an object stream, or freed. */
export type XrefEntry =
  | { readonly kind: 'offset'; readonly at: number; readonly gen?: number }
  | { readonly kind: 'packed'; readonly stream: number; readonly index: number }
  | { readonly kind: 'free' };

export interface XrefSection {
  readonly entries: Map<number, XrefEntry>;
  readonly trailer: PdfDict;
}

const latin1 = new TextDecoder('latin1');

/**
 * Where "%PDF-" is among the first 1024 bytes (0 when absent): pdf.js counts every offset of the file from
 * there, this module from byte 0, so the two agree only when it is 0.
 */
export function headerOffset(bytes: Uint8Array): number {
  const at = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).indexOf('%PDF-', 0, 'latin1');
  return at < 0 ? 0 : at;
}

/** How far from the end MuPDF looks for `startxref` (the whole keyword within its last 1024 bytes). */
const STARTXREF_WINDOW = 1024;

/**
 * The offset the last `startxref` before `end` points at, read as pdf.js reads it: the last occurrence, then
 * spaces, tabs and line ends only, then digits. Anything else makes pdf.js rebuild the table from the objects
 * it finds, so it is refused here rather than read past; so is one further from `end` than MuPDF looks.
 */
export function startxref(bytes: Uint8Array, start: number, end: number): number {
  // Searched backwards from the end: decoding a whole file to text cost more than the rest of reading it.
  const range = Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start);
  const at = range.lastIndexOf('startxref');
  const m = at < 0 ? null : /^startxref[ \t\r\n]*(\d+)/.exec(latin1.decode(range.subarray(at, at + 64)));
  if (!m) throw new PdfSyntaxError('no startxref');
  // pdf.js searches the whole file; MuPDF reads only the last 1024 bytes (qpdf 1054, PDFium a few KB): further
  // back, they call the file damaged and rebuild the xref by scanning, where a later copy of an object wins.
  if (range.length - at > STARTXREF_WINDOW) throw new PdfSyntaxError('startxref further than 1024 bytes from the end');
  return Number(m[1]);
}

/** The xref section at `offset`: a classic table with its trailer, or an xref stream. */
export function readSection(bytes: Uint8Array, offset: number): XrefSection {
  // pdf.js's parser skips white space and comments before `xref` (or the xref stream's object); MuPDF skips white
  // space and NUL, qpdf white space only: a comment or NUL there makes them rebuild the table by scanning.
  let at = offset;
  while (at < bytes.length && [9, 10, 12, 13, 32].includes(bytes[at] ?? 0)) at++;
  const c = bytes[at] ?? 0;
  if (c !== 0x78 && !(c >= 0x30 && c <= 0x39)) throw new PdfSyntaxError(`no xref at ${offset}`);
  const r = new PdfReader(bytes, offset);
  if (r.word(true) === 'xref') {
    const table = readTable(r);
    // A hybrid file's table names an xref stream too (/XRefStm); viewers read both, so must we.
    const stm = table.trailer.v.get('XRefStm');
    if (typeof stm !== 'number' || stm === offset) return table;
    const extra = readSection(bytes, stm);
    for (const [n, e] of extra.entries) if (!table.entries.has(n)) table.entries.set(n, e);
    return table;
  }
  const { value } = r.object();
  if (!isDict(value) || !isName(value.v.get('Type'), 'XRef')) throw new PdfSyntaxError(`no xref at ${offset}`);
  return readXrefStream(value);
}

/** A subsection header on a line of its own: "start count" and an end of line. */
const SUBSECTION = /(\d+) (\d+)(?:\r\n|\r|\n)/y;
/** An entry as the spec writes it: 10 + 1 + 5 + 1 + 1 characters, then one or two bytes of white space (20 or 19 bytes). */
const ENTRY = /(\d{10}) (\d{5}) ([nf])[\0\t\n\f\r ]{1,2}/y;

/**
 * A classic table, read strictly: whatever a viewer reads another way is refused (an object listed twice
 * in one section, where pdf.js keeps the first entry and a map the last; an entry 0 in use, or a
 * subsection "1 N" opened by a free entry, which pdf.js renumbers from 0; an entry that is not
 * "offset generation n|f", which makes pdf.js rebuild the table from the objects it finds). Its layout too:
 * pdf.js and poppler read the table word by word, MuPDF in 20-byte entries after each subsection's header
 * line, so a table laid out otherwise (an entry after extra spaces, a header with two spaces, a comment)
 * reads one way for pdf.js and another, or repaired, for MuPDF — and MuPDF's repair takes objects from any
 * object stream in the file over the ones the table lists.
 */
function readTable(r: PdfReader): XrefSection {
  r.word();
  const text = Buffer.from(r.bytes.buffer, r.bytes.byteOffset, r.bytes.byteLength).toString('latin1', r.pos);
  let at = /^[\0\t\n\f\r ]*/.exec(text)?.[0].length ?? 0;
  const entries = new Map<number, XrefEntry>();
  for (;;) {
    SUBSECTION.lastIndex = at;
    const head = SUBSECTION.exec(text);
    if (!head) break;
    at = SUBSECTION.lastIndex;
    const [first, count] = [Number(head[1]), Number(head[2])];
    for (let i = 0; i < count; i++) {
      const n = first + i;
      ENTRY.lastIndex = at;
      const m = ENTRY.exec(text);
      if (!m) throw new PdfSyntaxError(`bad xref entry for object ${n}`);
      at = ENTRY.lastIndex;
      const type = m[3];
      if (entries.has(n)) throw new PdfSyntaxError(`object ${n} listed twice in one xref section`);
      if (n === 0 && type !== 'f') throw new PdfSyntaxError('xref entry 0 in use');
      if (i === 0 && n === 1 && type === 'f') throw new PdfSyntaxError('xref subsection 1 opened by a free entry');
      entries.set(n, type === 'n' ? { kind: 'offset', at: Number(m[1]), gen: Number(m[2]) } : { kind: 'free' });
    }
  }
  r.pos += at;
  if (r.word() !== 'trailer') throw new PdfSyntaxError('bad xref table');
  const trailer = r.value();
  if (!isDict(trailer)) throw new PdfSyntaxError('bad trailer');
  return { entries, trailer };
}

function readXrefStream(dict: PdfDict): XrefSection {
  const w = (dict.v.get('W') as number[] | undefined) ?? [];
  const size = Number(dict.v.get('Size') ?? 0);
  const index = (dict.v.get('Index') as number[] | undefined) ?? [0, size];
  const data = decodeStream(dict);
  const width = w.reduce((a, b) => a + b, 0);
  const field = (row: number, k: number, fallback: number): number => {
    const len = w[k] ?? 0;
    if (len === 0) return fallback;
    let off = row * width + w.slice(0, k).reduce((a, b) => a + b, 0);
    let n = 0;
    for (let i = 0; i < len; i++) n = n * 256 + (data[off++] ?? 0);
    return n;
  };
  const entries = new Map<number, XrefEntry>();
  let row = 0;
  for (let s = 0; s + 1 < index.length; s += 2) {
    for (let i = 0; i < (index[s + 1] ?? 0); i++, row++) {
      const type = field(row, 0, 1);
      const num = (index[s] ?? 0) + i;
      if (entries.has(num)) throw new PdfSyntaxError(`object ${num} listed twice in one xref stream`);
      entries.set(
        num,
        type === 1
          ? { kind: 'offset', at: field(row, 1, 0), gen: field(row, 2, 0) }
          : type === 2
            ? { kind: 'packed', stream: field(row, 1, 0), index: field(row, 2, 0) }
            : { kind: 'free' },
      );
    }
  }
  return { entries, trailer: dict };
}

/** White space or a comment (to its end of line) between the tokens of an object header: MuPDF's lexer skips both. */
const SEP = String.raw`(?:[\0\t\n\f\r ]|%[^\r\n]*(?=[\r\n]))`;
/** Object headers `N G obj`, their tokens apart by white space or comments (one alternative per character: no backtracking blow-up). */
export const objectHeader = (): RegExp => new RegExp(String.raw`(?<![0-9])(\d+)${SEP}+(\d+)${SEP}+obj(?![A-Za-z0-9])`, 'g');

/** Objects as of one revision: every section up to it, later ones winning. */
export class ObjectTable {
  private readonly cache = new Map<number, PdfValue>();
  constructor(
    readonly bytes: Uint8Array,
    readonly entries: ReadonlyMap<number, XrefEntry>,
  ) {}

  has(n: number): boolean {
    const e = this.entries.get(n);
    return e !== undefined && e.kind !== 'free';
  }

  get(n: number): PdfValue {
    if (this.cache.has(n)) return this.cache.get(n) ?? null;
    const e = this.entries.get(n);
    let value: PdfValue = null;
    if (e?.kind === 'offset') {
      // The object a viewer finds there: another number or generation makes pdf.js rebuild the whole table.
      const found = new PdfReader(this.bytes, e.at).object();
      if (found.n !== n || (e.gen !== undefined && found.g !== e.gen)) throw new PdfSyntaxError(`object ${n} is not at its xref offset`);
      value = found.value;
    }
    if (e?.kind === 'packed') value = this.packed(n, e.stream, e.index);
    this.cache.set(n, value);
    return value;
  }

  /**
   * Object `n`, the `index`-th of object stream `stream`, read strictly: pdf.js takes the index-th object
   * whatever number the stream's header gives it, PDFium and poppler refuse it unless the header gives `n`,
   * and MuPDF reads the whole stream and keeps, for each number the header gives, the first object given it.
   * So the header must give `n` at `index` and nowhere else, and the object must end where the next begins
   * (pdf.js and MuPDF read each object within its slice, this reader does not).
   */
  private packed(n: number, stream: number, index: number): PdfValue {
    const holder = this.get(stream);
    if (!isDict(holder)) throw new PdfSyntaxError(`object stream ${stream} missing`);
    const data = decodeStream(holder);
    const r = new PdfReader(data);
    const count = Number(holder.v.get('N') ?? 0);
    const first = Number(holder.v.get('First') ?? 0);
    const nums: number[] = [];
    const offsets: number[] = [];
    for (let i = 0; i < count; i++) {
      nums.push(Number(r.word()));
      offsets.push(Number(r.word()));
    }
    if (nums[index] !== n || nums.indexOf(n) !== index || nums.lastIndexOf(n) !== index)
      throw new PdfSyntaxError(`object stream ${stream} does not give object ${n} at its index ${index} alone`);
    const start = offsets[index] ?? Number.NaN;
    const next = index + 1 < count ? (offsets[index + 1] ?? Number.NaN) : data.length - first;
    if (!(Number.isInteger(start) && start >= 0 && next > start)) throw new PdfSyntaxError(`object stream ${stream}: bad offset of object ${n}`);
    r.pos = first + start;
    const value = r.value();
    if (r.pos > first + next) throw new PdfSyntaxError(`object stream ${stream}: object ${n} runs into the next`);
    return value;
  }
}

/** The sections of the chain that starts at `offset` (following /Prev), oldest first. */
export function sectionChain(bytes: Uint8Array, offset: number): XrefSection[] {
  const chain: XrefSection[] = [];
  const seen = new Set<number>();
  for (let at: number | undefined = offset; at !== undefined && !seen.has(at) && chain.length < 64; ) {
    seen.add(at);
    const section = readSection(bytes, at);
    // pdf.js reads every entry whatever the trailer says; MuPDF takes a table listing objects at or past /Size for
    // broken and rebuilds it by scanning (a forged object outside the xref then wins).
    const size = section.trailer.v.get('Size');
    if (typeof size !== 'number' || [...section.entries.keys()].some((n) => n >= size)) throw new PdfSyntaxError('xref entries beyond the trailer /Size');
    chain.unshift(section);
    const prev = section.trailer.v.get('Prev');
    at = typeof prev === 'number' ? prev : undefined;
  }
  return chain;
}

/** Merge sections (oldest first) into one entry map. */
export function mergeSections(sections: readonly XrefSection[]): Map<number, XrefEntry> {
  const merged = new Map<number, XrefEntry>();
  for (const s of sections) for (const [n, e] of s.entries) merged.set(n, e);
  return merged;
}

/**
 * The first object header ("N G obj") in bytes [start, end) that is not the object `entries` place there:
 * a viewer that rebuilds the table (pdf.js does on any xref error) takes the last header of each number,
 * so an object written outside the xref may be what it paints. Undefined when every header is accounted for
 * (`xrefAt`: the offsets of the xref streams being read, which need not list themselves).
 */
export function strayObject(
  bytes: Uint8Array,
  start: number,
  end: number,
  entries: ReadonlyMap<number, XrefEntry>,
  xrefAt: readonly number[] = [],
): string | undefined {
  // Buffer's Latin-1 (TextDecoder's is windows-1252 through ICU, slower): the pattern is ASCII, so it matches alike.
  const range = bytes.subarray(start, end);
  const text = Buffer.from(range.buffer, range.byteOffset, range.byteLength).toString('latin1');
  const re = objectHeader();
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const n = Number(m[1]);
    // An xref stream that does not list itself is read as the section, not as an object.
    if (xrefAt.includes(start + m.index)) continue;
    const e = entries.get(n);
    if (e?.kind !== 'offset' || e.at !== start + m.index || (e.gen !== undefined && e.gen !== Number(m[2]))) return `${m[1]} ${m[2]} obj @${start + m.index}`;
  }
  return undefined;
}

/**
 * The first object stream in bytes [0, end) whose header gives an object the xref (`entries`) does not
 * place there, at that index: MuPDF, when it repairs a file (on any error it meets reading it), takes every
 * object of every object stream it finds over the objects at their headers, so such a stream — listed in the
 * xref or not, referenced by nothing — is what MuPDF shows once anything makes it repair. Undefined when
 * every object stream agrees with the xref. From `start`: an update's object streams against that update's xref.
 */
export function strayObjectStream(bytes: Uint8Array, end: number, entries: ReadonlyMap<number, XrefEntry>, start = 0): string | undefined {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, end).toString('latin1');
  const re = objectHeader();
  re.lastIndex = start;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let found: { n: number; value: PdfValue };
    try {
      found = new PdfReader(bytes.subarray(0, end), m.index).object();
    } catch {
      continue;
    }
    const holder = found.value;
    if (!isDict(holder) || !holder.stream || !isName(holder.v.get('Type'), 'ObjStm')) continue;
    let data: Uint8Array;
    try {
      data = decodeStream(holder);
    } catch {
      return `object stream ${found.n} not decoded`;
    }
    const r = new PdfReader(data);
    const count = Number(holder.v.get('N') ?? 0);
    for (let i = 0; i < count && i < 100_000; i++) {
      const num = Number(r.word());
      r.word();
      const e = entries.get(num);
      if (e?.kind !== 'packed' || e.stream !== found.n || e.index !== i) return `object stream ${found.n} gives object ${num}`;
    }
  }
  return undefined;
}
