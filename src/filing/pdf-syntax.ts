/** A small reader of PDF object syntax (ISO 32000-1 §7.3): enough to read what an incremental update adds or changes. */
import { inflateSync } from 'node:zlib';

export type PdfValue = number | boolean | null | PdfName | PdfRef | PdfString | PdfDict | PdfValue[];
export interface PdfName {
  readonly t: 'name';
  readonly v: string;
}
export interface PdfRef {
  readonly t: 'ref';
  readonly n: number;
  readonly g: number;
}
export interface PdfString {
  readonly t: 'str';
  readonly v: Uint8Array;
}
export interface PdfDict {
  readonly t: 'dict';
  readonly v: Map<string, PdfValue>;
  stream?: Uint8Array;
}

const WS = new Set([0, 9, 10, 12, 13, 32]);
const DELIM = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));
const latin1 = new TextDecoder('latin1');

export class PdfSyntaxError extends Error {}

/** The longest name or number viewers read alike (ISO 32000-1 Annex C: 127 bytes). */
const MAX_WORD = 127;

/** In a name, `#` must be followed by two hex digits (ISO 32000-1 §7.3.5), and not `#00`. */
export const BAD_ESCAPE = /#(?![0-9A-Fa-f]{2})|#00/;

/** Latin-1 text of a few bytes: a TextDecoder call per token costs more than the token (measured 2× on a whole filing). */
function short(bytes: Uint8Array, start: number, end: number): string {
  if (end - start > 64) return latin1.decode(bytes.subarray(start, end));
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(bytes[i] ?? 0);
  return s;
}

/** Reads values from `bytes` starting at `pos`. */
export class PdfReader {
  constructor(
    readonly bytes: Uint8Array,
    public pos = 0,
  ) {}

  private skip(): void {
    const b = this.bytes;
    while (this.pos < b.length) {
      const c = b[this.pos] ?? 0;
      if (WS.has(c)) this.pos++;
      else if (c === 0x25) while (this.pos < b.length && b[this.pos] !== 10 && b[this.pos] !== 13) this.pos++;
      else break;
    }
  }

  /** The next bare word (number, keyword) without consuming it when `peek`. */
  word(peek = false): string {
    this.skip();
    const start = this.pos;
    let end = start;
    while (end < this.bytes.length && !WS.has(this.bytes[end] ?? 0) && !DELIM.has(this.bytes[end] ?? 0)) end++;
    if (!peek) this.pos = end;
    return short(this.bytes, start, end);
  }

  value(): PdfValue {
    this.skip();
    const c = this.bytes[this.pos];
    if (c === undefined) throw new PdfSyntaxError('unexpected end of file');
    if (c === 0x2f) return this.name();
    if (c === 0x28) return this.literal();
    if (c === 0x5b) {
      this.pos++;
      const items: PdfValue[] = [];
      for (this.skip(); this.bytes[this.pos] !== 0x5d; this.skip()) {
        if (this.pos >= this.bytes.length) throw new PdfSyntaxError('unterminated array');
        items.push(this.value());
      }
      this.pos++;
      return items;
    }
    if (c === 0x3c && this.bytes[this.pos + 1] === 0x3c) return this.dict();
    if (c === 0x3c) return this.hex();
    const w = this.word();
    // PDFium keeps the first 255 characters of a word, MuPDF splits it at its 256-byte buffer, pdf.js reads it all:
    // a 300-digit /MediaBox width is 841.89 for pdf.js and 0 for PDFium (ISO 32000-1 Annex C: 127 at most).
    if (w.length > MAX_WORD) throw new PdfSyntaxError(`a word of ${w.length} characters at ${this.pos}`);
    if (w === 'true' || w === 'false') return w === 'true';
    if (w === 'null') return null;
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(w)) throw new PdfSyntaxError(`unexpected "${w.slice(0, 20)}" at ${this.pos}`);
    const n = Number(w);
    if (/^\d+$/.test(w)) {
      const save = this.pos;
      const g = this.word();
      if (/^\d+$/.test(g) && this.word() === 'R') return { t: 'ref', n, g: Number(g) };
      this.pos = save;
    }
    return n;
  }

  private name(): PdfName {
    this.pos++;
    const raw = this.word();
    if (raw.length > MAX_WORD) throw new PdfSyntaxError(`a name of ${raw.length} characters at ${this.pos}`);
    // A # not followed by two hex digits: pdf.js keeps it as it is (/F#3G), poppler reads another name (/F0).
    if (BAD_ESCAPE.test(raw)) throw new PdfSyntaxError(`a name with a bad # escape at ${this.pos}`);
    const v = raw.replace(/#([0-9a-fA-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
    // ISO 32000-1 §7.3.5 forbids #00: poppler compares keys as C strings, so /F2#00X is /F2 to it, not to pdf.js.
    if (v.includes('\0')) throw new PdfSyntaxError(`a name with a NUL byte at ${this.pos}`);
    return { t: 'name', v };
  }

  private literal(): PdfString {
    const out: number[] = [];
    let depth = 0;
    for (this.pos++; this.pos < this.bytes.length; this.pos++) {
      let c = this.bytes[this.pos] ?? 0;
      if (c === 0x5c) {
        c = this.bytes[++this.pos] ?? 0;
        const map: Record<number, number> = { 110: 10, 114: 13, 116: 9, 98: 8, 102: 12 };
        if (c >= 0x30 && c <= 0x37) {
          let oct = '';
          while (oct.length < 3 && (this.bytes[this.pos] ?? 0) >= 0x30 && (this.bytes[this.pos] ?? 0) <= 0x37)
            oct += String.fromCharCode(this.bytes[this.pos++] ?? 0);
          this.pos--;
          out.push(parseInt(oct, 8) & 0xff);
        } else if (c !== 10 && c !== 13) out.push(map[c] ?? c);
        continue;
      }
      if (c === 0x28) depth++;
      if (c === 0x29 && depth-- === 0) break;
      out.push(c);
    }
    this.pos++;
    return { t: 'str', v: Uint8Array.from(out) };
  }

  private hex(): PdfString {
    const end = this.bytes.indexOf(0x3e, this.pos);
    if (end < 0) throw new PdfSyntaxError('unterminated hex string');
    const digits = latin1.decode(this.bytes.subarray(this.pos + 1, end)).replace(/[^0-9a-fA-F]/g, '');
    this.pos = end + 1;
    const padded = digits.length % 2 ? `${digits}0` : digits;
    return { t: 'str', v: Uint8Array.from(padded.match(/../g) ?? [], (h) => parseInt(h, 16)) };
  }

  private dict(): PdfDict {
    this.pos += 2;
    const map = new Map<string, PdfValue>();
    for (this.skip(); !(this.bytes[this.pos] === 0x3e && this.bytes[this.pos + 1] === 0x3e); this.skip()) {
      if (this.pos >= this.bytes.length) throw new PdfSyntaxError('unterminated dictionary');
      const key = this.value();
      if (!isName(key)) throw new PdfSyntaxError('dictionary key is not a name');
      // Which of two entries a reader keeps is up to its parser (a map keeps the last, a scan finds the first).
      if (map.has(key.v)) throw new PdfSyntaxError(`dictionary key /${key.v.slice(0, 20)} given twice`);
      map.set(key.v, this.value());
    }
    this.pos += 2;
    return { t: 'dict', v: map };
  }

  /** `N G obj VALUE [stream … endstream] endobj` at the current position. */
  object(): { n: number; g: number; value: PdfValue } {
    const n = Number(this.word());
    const g = Number(this.word());
    if (this.word() !== 'obj' || !Number.isInteger(n)) throw new PdfSyntaxError(`no object at ${this.pos}`);
    const value = this.value();
    if (isDict(value) && this.word(true) === 'stream') {
      this.word();
      if (this.bytes[this.pos] === 13) this.pos++;
      if (this.bytes[this.pos] === 10) this.pos++;
      const length = value.v.get('Length');
      let end = typeof length === 'number' ? this.pos + length : -1;
      if (
        end < 0 ||
        short(this.bytes, end, Math.min(end + 12, this.bytes.length))
          .trim()
          .slice(0, 9) !== 'endstream'
      )
        end = indexOf(this.bytes, 'endstream', this.pos);
      if (end < 0) throw new PdfSyntaxError('unterminated stream');
      value.stream = this.bytes.subarray(this.pos, end);
      this.pos = end + 9;
    }
    return { n, g, value };
  }
}

function indexOf(bytes: Uint8Array, text: string, from = 0): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(text, from, 'latin1');
}

export const isName = (v: PdfValue | undefined, name?: string): v is PdfName =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && v.t === 'name' && (name === undefined || v.v === name);
export const isDict = (v: PdfValue | undefined): v is PdfDict => typeof v === 'object' && v !== null && !Array.isArray(v) && v.t === 'dict';
export const isRef = (v: PdfValue | undefined): v is PdfRef => typeof v === 'object' && v !== null && !Array.isArray(v) && v.t === 'ref';

/**
 * A stream's data with its filters undone (Flate with the PNG predictors, or none). Parameters it would not
 * apply exactly as viewers do (a /DecodeParms array, the TIFF predictor, pixels of more than one byte) throw:
 * read without them, the data is not what a viewer reads (a PNG row's type byte between TJ and ET).
 */
export function decodeStream(dict: PdfDict): Uint8Array {
  const raw = dict.stream ?? new Uint8Array();
  const filter = dict.v.get('Filter');
  const filters = Array.isArray(filter) ? filter : filter === undefined ? [] : [filter];
  if (filters.length === 0) return raw;
  if (filters.length > 1 || !isName(filters[0], 'FlateDecode')) throw new PdfSyntaxError('unsupported stream filter');
  const data = new Uint8Array(inflateSync(raw, { maxOutputLength: 64 * 1024 * 1024 }));
  const parms = dict.v.get('DecodeParms');
  if (parms === undefined || parms === null) return data;
  if (!isDict(parms)) throw new PdfSyntaxError('unsupported /DecodeParms');
  const predictor = parms.v.get('Predictor') ?? 1;
  if (predictor === 1) return data;
  if (typeof predictor !== 'number' || predictor < 10) throw new PdfSyntaxError('unsupported predictor');
  if ((parms.v.get('Colors') ?? 1) !== 1 || (parms.v.get('BitsPerComponent') ?? 8) !== 8) throw new PdfSyntaxError('unsupported predictor');
  const columns = Number(parms.v.get('Columns') ?? 1);
  return unpredict(data, columns);
}

/**
 * PNG predictors (None, Sub, Up) row by row. A short last row is refused: pdf.js pads it with zeros and paints
 * what it holds, MuPDF and PDFium read it too, so dropping it would hide those bytes from the checks alone.
 */
function unpredict(data: Uint8Array, columns: number): Uint8Array {
  if (!Number.isInteger(columns) || columns < 1 || data.length % (columns + 1) !== 0) throw new PdfSyntaxError('PNG predictor rows of another length');
  const rows = data.length / (columns + 1);
  const out = new Uint8Array(rows * columns);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (columns + 1)];
    for (let c = 0; c < columns; c++) {
      const x = data[r * (columns + 1) + 1 + c] ?? 0;
      const left = c > 0 ? (out[r * columns + c - 1] ?? 0) : 0;
      const up = r > 0 ? (out[(r - 1) * columns + c] ?? 0) : 0;
      const base = type === 1 ? left : type === 2 ? up : type === 0 ? 0 : NaN;
      if (Number.isNaN(base)) throw new PdfSyntaxError('unsupported PNG predictor');
      out[r * columns + c] = (x + base) & 0xff;
    }
  }
  return out;
}

/** A value written out canonically, to compare two versions of an object. */
export function serialise(v: PdfValue): string {
  if (v === null || typeof v !== 'object') return String(v);
  if (Array.isArray(v)) return `[${v.map(serialise).join(' ')}]`;
  if (v.t === 'name') return `/${v.v}`;
  if (v.t === 'ref') return `${v.n} ${v.g} R`;
  if (v.t === 'str') return `<${Buffer.from(v.v).toString('hex')}>`;
  const keys = [...v.v.keys()].sort();
  const body = keys.map((k) => `/${k} ${serialise(v.v.get(k) ?? null)}`).join(' ');
  return `<<${body}>>${v.stream ? `stream:${Buffer.from(v.stream).toString('base64')}` : ''}`;
}
