/**
 * A `startxref` further from the end of the file than MuPDF, PDFium and qpdf look (round 9, p13). One revision:
 * a forged copy of page 5's content (every √ dropped) written as `32 0 obj` before the xref, outside it, and
 * 5000 spaces between the startxref offset and `%%EOF`. pdf.js searches the whole file backwards for
 * `startxref`, reads the xref and paints the genuine page (so did verify); MuPDF reads the last 1024 bytes,
 * qpdf the last 1054, PDFium a few KB: none finds it, each calls the file damaged and rebuilds the xref by
 * scanning, where the later `32 0 obj` wins. Page 5 shows no √ in MuPDF.js and PDFium (wasm), and CUPS's
 * pdftopdf (qpdf) prints it without them (pdftotext of its output: 0 √).
 */
import { deflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { startxref } from '../../src/filing/pdf-xref.js';
import type { VerifyEnv } from '../../src/filing/verify.js';
import { pageContent } from './font-forge.js';
import { buildFiling, checkCatalogue, filingFindings, tempDir, verifyEnv } from './helpers.js';

let env: VerifyEnv;
let good: Uint8Array;

beforeAll(async () => {
  env = verifyEnv(tempDir());
  good = await buildFiling(checkCatalogue('catalogues/weihui.yaml'));
});

/**
 * The filing with `object` written just before its xref (outside it), `lead` between them (startxref points at
 * its start) and `pad` spaces after the startxref offset.
 */
function withTail(object: Buffer, pad: number, lead = ''): Uint8Array {
  const src = Buffer.from(good);
  const at = startxref(good, 0, good.length);
  const keyword = src.lastIndexOf('startxref');
  return new Uint8Array(
    Buffer.concat([
      src.subarray(0, at),
      object,
      Buffer.from(lead, 'latin1'),
      src.subarray(at, keyword),
      Buffer.from(`startxref\n${at + object.length}${' '.repeat(pad)}\n%%EOF\n`, 'latin1'),
    ]),
  );
}

/** Page 5's content object again, under its own number, with every √ dropped. */
function forgedPage5(): Buffer {
  const { num, content } = pageContent(good, 5);
  const forged = content.replaceAll('[<00dd> 0] TJ', '[] TJ');
  expect(forged).not.toBe(content);
  const z = deflateSync(Buffer.from(forged, 'latin1'));
  return Buffer.concat([
    Buffer.from(`${num} 0 obj\n<< /Filter /FlateDecode /Length ${z.length} >>\nstream\n`, 'latin1'),
    z,
    Buffer.from('\nendstream\nendobj\n', 'latin1'),
  ]);
}

describe('startxref where repairing viewers do not look', () => {
  it('5000 spaces after the startxref offset, a forged page 5 outside the xref (MuPDF, PDFium and qpdf rebuild the xref and show it) is tampered-document', async () => {
    const r = await filingFindings(withTail(forgedPage5(), 5000), env);
    expect(r.integrity).toBe('tampered');
    expect(r.found.map((f) => `${f.rule}:${f.messageId}`)).toContain('tampered-document:unreadable');
  });

  it('the genuine filing with a few spaces there stays ok', async () => {
    expect((await filingFindings(withTail(Buffer.alloc(0), 40), env)).integrity).toBe('ok');
  });
});

/**
 * Round 9 (p14): startxref pointing at a comment right before `xref` (`%c⏎xref`). pdf.js's parser and verify's
 * reader skip the comment and read the table; MuPDF and qpdf skip white space only, find no xref there, call the
 * file damaged and rebuild the table by scanning: with a forged page 5 written outside the xref, MuPDF.js shows
 * no √ on page 5 and CUPS's pdftopdf (qpdf) prints none (PDFium and poppler read the table).
 */
describe('startxref pointing at something else than the xref', () => {
  // qpdf skips white space but not NUL (isspace), MuPDF white space and NUL, neither a comment.
  for (const [name, lead] of [
    ['a comment', '%c\n'],
    ['a NUL byte', '\0'],
  ] as const) {
    it(`${name} before the xref, a forged page 5 outside it, is tampered-document`, async () => {
      const r = await filingFindings(withTail(forgedPage5(), 0, lead), env);
      expect(r.integrity).toBe('tampered');
      expect(r.found.map((f) => `${f.rule}:${f.messageId}`)).toContain('tampered-document:unreadable');
    });
  }

  it('line ends before the xref (every reader skips them) stay ok', async () => {
    expect((await filingFindings(withTail(Buffer.alloc(0), 0, '\r\n'), env)).integrity).toBe('ok');
  });
});

/**
 * Round 9 (p15): the trailer's /Size below the xref's object numbers (`/Size 33` for objects 0–108), a forged
 * page 5 (object 32) written outside the xref. pdf.js and verify read every entry of the table (the genuine page);
 * MuPDF takes the table for broken and rebuilds it by scanning: MuPDF.js shows page 5 with 0 √. qpdf warns
 * ("reported number of objects (33) is not one plus the highest object number") and reads the table.
 */
describe('a trailer /Size below the xref entries', () => {
  it('/Size 33 with a forged page 5 outside the xref is tampered-document', async () => {
    const forged = Buffer.from(withTail(forgedPage5(), 0));
    const trailer = forged.lastIndexOf('trailer');
    const text = forged.subarray(trailer).toString('latin1');
    expect(text).toMatch(/\/Size \d+/);
    const r = await filingFindings(
      new Uint8Array(Buffer.concat([forged.subarray(0, trailer), Buffer.from(text.replace(/\/Size \d+/, '/Size 33'), 'latin1')])),
      env,
    );
    expect(r.integrity).toBe('tampered');
    expect(r.found.map((f) => `${f.rule}:${f.messageId}`)).toContain('tampered-document:unreadable');
  });
});

/**
 * Round 9 (p16): one more xref entry that nothing references, `109 1⏎9999999999 00000 n` (/Size 110), and a
 * forged page 5 outside the xref. pdf.js reads only the objects it needs (the genuine page; so did verify); MuPDF
 * checks every in-use offset when it loads the table, finds one past the end of the file and rebuilds the table
 * by scanning: MuPDF.js shows page 5 with 0 √ (`qpdf --check` rebuilds it too; PDFium and poppler 9 √).
 */
describe('an xref entry that places its object nowhere', () => {
  it('an unreferenced entry past the end of the file, a forged page 5 outside the xref, is tampered-document', async () => {
    const forged = Buffer.from(withTail(forgedPage5(), 0));
    const trailer = forged.lastIndexOf('trailer');
    const text = forged.subarray(trailer).toString('latin1');
    const size = Number(/\/Size (\d+)/.exec(text)?.[1]);
    const r = await filingFindings(
      new Uint8Array(
        Buffer.concat([
          forged.subarray(0, trailer),
          Buffer.from(`${size} 1\n9999999999 00000 n\r\n${text.replace(/\/Size \d+/, `/Size ${size + 1}`)}`, 'latin1'),
        ]),
      ),
      env,
    );
    expect(r.integrity).toBe('tampered');
    expect(r.found.map((f) => `${f.rule}:${f.messageId}`)).toContain('tampered-document:unreadable');
  });
});
