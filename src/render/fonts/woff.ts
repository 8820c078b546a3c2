/** Converts a WOFF 1.0 font to the plain TrueType/OpenType bytes pdfkit embeds quickly (WOFF input takes it minutes). */
import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER_SIZE = 44;
const WOFF_ENTRY_SIZE = 20;
const SFNT_HEADER_SIZE = 12;
const SFNT_ENTRY_SIZE = 16;
const HEAD_TAG = 0x68656164; // 'head'
const CHECKSUM_MAGIC = 0xb1b0afba;

/** One table as listed in the WOFF table directory. */
interface WoffEntry {
  readonly tag: number;
  readonly offset: number;
  readonly compLength: number;
  readonly origLength: number;
  readonly checksum: number;
}

function fail(reason: string): never {
  throw new Error(`invalid WOFF font: ${reason}`);
}

function tagName(tag: number): string {
  return String.fromCharCode((tag >>> 24) & 0xff, (tag >>> 16) & 0xff, (tag >>> 8) & 0xff, tag & 0xff);
}

function readDirectory(view: DataView, numTables: number): WoffEntry[] {
  const entries: WoffEntry[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = WOFF_HEADER_SIZE + i * WOFF_ENTRY_SIZE;
    const entry: WoffEntry = {
      tag: view.getUint32(at),
      offset: view.getUint32(at + 4),
      compLength: view.getUint32(at + 8),
      origLength: view.getUint32(at + 12),
      checksum: view.getUint32(at + 16),
    };
    const name = tagName(entry.tag);
    if (entry.compLength > entry.origLength) fail(`table '${name}' is longer compressed than uncompressed`);
    if (entry.offset + entry.compLength > view.byteLength) fail(`table '${name}' runs past the end of the file`);
    entries.push(entry);
  }
  return entries;
}

function tableData(woff: Uint8Array, entry: WoffEntry): Uint8Array {
  const stored = woff.subarray(entry.offset, entry.offset + entry.compLength);
  if (entry.compLength === entry.origLength) return stored;
  let data: Uint8Array;
  try {
    data = inflateSync(stored);
  } catch (error) {
    fail(`table '${tagName(entry.tag)}' does not inflate (${(error as Error).message})`);
  }
  if (data.length !== entry.origLength) {
    fail(`table '${tagName(entry.tag)}' inflates to ${data.length} bytes, expected ${entry.origLength}`);
  }
  return data;
}

const align4 = (n: number): number => (n + 3) & ~3;

/** The sfnt binary-search fields for a table directory of `numTables` entries. */
export function searchFields(numTables: number): { searchRange: number; entrySelector: number; rangeShift: number } {
  let entrySelector = 0;
  while (2 ** (entrySelector + 1) <= numTables) entrySelector++;
  const searchRange = 2 ** entrySelector * SFNT_ENTRY_SIZE;
  return { searchRange, entrySelector, rangeShift: numTables * SFNT_ENTRY_SIZE - searchRange };
}

function sumWords(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let sum = 0;
  for (let i = 0; i + 4 <= bytes.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/** Sets head.checkSumAdjustment for the new layout (the table checksum ignores this field, so it stays valid). */
function fixHeadAdjustment(out: Uint8Array, headOffset: number | undefined): void {
  if (headOffset === undefined || headOffset + 12 > out.length) return;
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  view.setUint32(headOffset + 8, 0);
  view.setUint32(headOffset + 8, (CHECKSUM_MAGIC - sumWords(out)) >>> 0);
}

/** Decodes a WOFF 1.0 file into the TTF/OTF it wraps; throws an Error naming the defect when malformed. */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  if (woff.length < WOFF_HEADER_SIZE) fail(`${woff.length} bytes is shorter than the 44-byte header`);
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== WOFF_SIGNATURE) fail('missing the wOFF signature');
  const flavor = view.getUint32(4);
  if (view.getUint32(8) !== woff.length) fail(`header says ${view.getUint32(8)} bytes, file has ${woff.length}`);
  const numTables = view.getUint16(12);
  if (numTables === 0) fail('no tables');
  if (WOFF_HEADER_SIZE + numTables * WOFF_ENTRY_SIZE > woff.length) fail('table directory runs past the end');

  const entries = readDirectory(view, numTables).sort((a, b) => a.tag - b.tag);
  const tables = entries.map((entry) => tableData(woff, entry));
  const directorySize = SFNT_HEADER_SIZE + numTables * SFNT_ENTRY_SIZE;
  const total = tables.reduce((size, data) => size + align4(data.length), directorySize);

  const out = new Uint8Array(total);
  const outView = new DataView(out.buffer);
  const { searchRange, entrySelector, rangeShift } = searchFields(numTables);
  outView.setUint32(0, flavor);
  outView.setUint16(4, numTables);
  outView.setUint16(6, searchRange);
  outView.setUint16(8, entrySelector);
  outView.setUint16(10, rangeShift);

  let offset = directorySize;
  let headOffset: number | undefined;
  entries.forEach((entry, i) => {
    const data = tables[i]!;
    const at = SFNT_HEADER_SIZE + i * SFNT_ENTRY_SIZE;
    outView.setUint32(at, entry.tag);
    outView.setUint32(at + 4, entry.checksum);
    outView.setUint32(at + 8, offset);
    outView.setUint32(at + 12, data.length);
    out.set(data, offset);
    if (entry.tag === HEAD_TAG) headOffset = offset;
    offset += align4(data.length);
  });
  fixHeadAdjustment(out, headOffset);
  return out;
}
