/**
 * Streams among a page's resources stored with a filter pdf.js decodes leniently (round 9, p11). One revision
 * (qpdf): the font programs of page 5 (FontFile2 of NotoSerifSC-Regular, the table's font, and of
 * NotoSansHans-Regular) stored as `/Filter [/ASCIIHexDecode /FlateDecode]` with a stray `z` halfway through the
 * hex data. pdf.js's ASCIIHex decoder skips the character and loads the genuine programs (op list, glyphs and
 * font programs the rebuild's); poppler reads the `z` as a zero digit ("Illegal character <7a> in ASCIIHex
 * stream"), MuPDF stops at it, and the Flate data behind is broken: poppler draws every Chinese character as an
 * empty box, MuPDF ("ignored error when loading embedded font") leaves every cell of the table empty, Ghostscript
 * draws stray Latin letters and no √ at all. n4 had closed this for page content streams only.
 */
import { deflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeStream, isDict, isRef, type PdfDict, type PdfValue } from '../../src/filing/pdf-syntax.js';
import type { VerifyEnv } from '../../src/filing/verify.js';
import { appendUpdate, pageAndCatalog, pdf } from './forge.js';
import { oneRevision } from './font-forge.js';
import { buildFiling, checkCatalogue, filingFindings, has, tempDir, verifyEnv } from './helpers.js';

let env: VerifyEnv;
let good: Uint8Array;

beforeAll(async () => {
  env = verifyEnv(tempDir());
  good = await buildFiling(checkCatalogue('catalogues/weihui.yaml'));
});

/** The object numbers of page 5's fonts' programs (`FontFile2`) or ToUnicode CMaps. */
function fontStreams(which: 'FontFile2' | 'ToUnicode'): number[] {
  const { page, table } = pageAndCatalog(good, 5);
  const get = (v: PdfValue | undefined): PdfValue | undefined => (isRef(v) ? table.get(v.n) : v);
  const resources = get(page.dict.v.get('Resources')) as PdfDict;
  const fonts = get(resources.v.get('Font')) as PdfDict;
  const found: number[] = [];
  for (const ref of fonts.v.values()) {
    const font = get(ref) as PdfDict;
    if (which === 'ToUnicode') {
      const u = font.v.get('ToUnicode');
      if (isRef(u)) found.push(u.n);
      continue;
    }
    const descendants = get(font.v.get('DescendantFonts'));
    const cid = Array.isArray(descendants) ? get(descendants[0]) : undefined;
    const descriptor = isDict(cid) ? get(cid.v.get('FontDescriptor')) : undefined;
    const file = isDict(descriptor) ? descriptor.v.get('FontFile2') : undefined;
    if (isRef(file)) found.push(file.n);
  }
  return found;
}

/** Stream object `n` written again with its decoded data stored by `store` (dictionary entries, stream bytes). */
function restored(n: number, store: (data: Uint8Array) => { filter: string; bytes: string }): string {
  const { table } = pageAndCatalog(good, 5);
  const d = table.get(n) as PdfDict;
  const { filter, bytes } = store(decodeStream(d));
  const kept = [...d.v].filter(([k]) => !['Length', 'Filter', 'DecodeParms'].includes(k)).map(([k, x]) => `/${k} ${pdf(x)}`);
  return `<< ${kept.join(' ')} ${filter} /Length ${bytes.length} >>\nstream\n${bytes}\nendstream`;
}

/** ASCIIHex over Flate, a `z` halfway through the hex digits. */
const hexWithZ = (data: Uint8Array): { filter: string; bytes: string } => {
  const hex = deflateSync(data).toString('hex');
  const half = Math.floor(hex.length / 4) * 2;
  return { filter: '/Filter [/ASCIIHexDecode /FlateDecode]', bytes: `${hex.slice(0, half)}z${hex.slice(half)}>` };
};

describe('resource streams pdf.js decodes leniently', () => {
  it.skipIf(!has('qpdf'))(
    'page 5’s font programs as ASCIIHex data with a stray character (every cell empty in MuPDF, boxes in poppler) are tampered-document',
    async () => {
      const numbers = fontStreams('FontFile2');
      expect(numbers.length).toBeGreaterThan(0);
      const forged = oneRevision(appendUpdate(good, new Map(numbers.map((n) => [n, restored(n, hexWithZ)]))));
      expect(Buffer.from(forged).includes('ASCIIHexDecode')).toBe(true);
      const r = await filingFindings(forged, env);
      expect(r.integrity).toBe('tampered');
      expect(r.found).toContainEqual(expect.objectContaining({ rule: 'tampered-document', messageId: 'frame' }));
    },
  );

  it.skipIf(!has('qpdf'))('page 5’s ToUnicode CMaps the same way (what poppler copies out differs) are tampered-document', async () => {
    const numbers = fontStreams('ToUnicode');
    expect(numbers.length).toBeGreaterThan(0);
    const forged = oneRevision(appendUpdate(good, new Map(numbers.map((n) => [n, restored(n, hexWithZ)]))));
    const r = await filingFindings(forged, env);
    expect(r.integrity).toBe('tampered');
    expect(r.found).toContainEqual(expect.objectContaining({ rule: 'tampered-document', messageId: 'frame' }));
  });

  it.skipIf(!has('qpdf'))('the font programs stored without a filter stay ok', async () => {
    const numbers = fontStreams('FontFile2');
    const plain = (data: Uint8Array) => ({ filter: '', bytes: Buffer.from(data).toString('latin1') });
    const forged = oneRevision(appendUpdate(good, new Map(numbers.map((n) => [n, Buffer.from(restored(n, plain), 'latin1')]))));
    expect((await filingFindings(forged, env)).integrity).toBe('ok');
  });
});
