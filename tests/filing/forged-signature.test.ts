/** Forged signing updates (red-team findings a1, a2, a9): a signature that signs nothing, a seal that covers the page, a hidden xref section, a content stream calling itself an object stream. */
import { decodeStream, isRef, type PdfDict } from '../../src/filing/pdf-syntax.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { VerifyEnv } from '../../src/filing/verify.js';
import { appendUpdate, pageAndCatalog, stream } from './forge.js';
import { buildFiling, checkCatalogue, filingFindings, tempDir, verifyEnv } from './helpers.js';
import { addSignaturePlaceholder, sealFiling, signPlaceholder } from './sign.js';

let env: VerifyEnv;
let good: Uint8Array;
const WHITE_BOX = 'q 1 1 1 rg 90 300 420 40 re f Q';

/** A placeholder whose /ByteRange is filled in but whose /Contents stays zeros: a signature that signs nothing. */
function fakeSigned(placeholder: Uint8Array): Uint8Array {
  const out = Buffer.from(placeholder);
  const text = out.toString('latin1');
  const c0 = text.lastIndexOf('/Contents <') + '/Contents '.length;
  const c1 = text.indexOf('>', c0) + 1;
  const marker = '/ByteRange [0 /********** /********** /**********]';
  out.write(`/ByteRange [0 ${c0} ${c1} ${out.length - c1}]`.padEnd(marker.length, ' '), text.lastIndexOf(marker), 'latin1');
  return new Uint8Array(out);
}

/** Page 3's content stream with a white box painted over it, written in the signing update under the same number. */
function coveredContent(type: string): Map<number, Buffer> {
  const { page, table } = pageAndCatalog(good, 3);
  const ref = page.dict.v.get('Contents');
  if (!isRef(ref)) throw new Error('page 3 has no single content stream');
  const content = Buffer.from(decodeStream(table.get(ref.n) as PdfDict));
  return new Map([[ref.n, stream(type, Buffer.concat([content, Buffer.from(`\n${WHITE_BOX}`)]))]]);
}

async function judged(bytes: Uint8Array): Promise<{ integrity: string; what: string }> {
  const r = await filingFindings(bytes, env);
  return { integrity: r.integrity, what: r.found.map((f) => `${f.rule}:${String(f.data?.what ?? '')}`).join('; ') };
}

beforeAll(async () => {
  env = verifyEnv(tempDir());
  good = await buildFiling(checkCatalogue('catalogues/weihui.yaml'));
});

describe('the signature is checked for real', () => {
  it('a genuine signature is signed-document', async () => {
    const r = await filingFindings(await sealFiling(good, 'Weihui Education Bureau', 3), env);
    expect(r.integrity).toBe('ok');
    expect(r.found.map((f) => f.rule)).toContain('signed-document');
  });

  it('a /Contents of zeros is no signature (a1)', async () => {
    expect(await judged(fakeSigned(addSignaturePlaceholder(good, 3)))).toMatchObject({ integrity: 'tampered', what: expect.stringMatching(/signature \(/) });
  });

  it('a signed byte changed after signing breaks the digest', async () => {
    const signed = Buffer.from(await sealFiling(good, 'Weihui Education Bureau', 3));
    const at = signed.lastIndexOf('/Reason (seal)');
    signed.write('/Reason (Seal)', at, 'latin1');
    expect(await judged(new Uint8Array(signed))).toMatchObject({ integrity: 'tampered', what: expect.stringMatching(/signature \(digest\)/) });
  });
});

describe('the seal appearance cannot cover content (a1)', () => {
  it('a widget as large as the page is tampered-document', async () => {
    const placeholder = addSignaturePlaceholder(good, 3, { Rect: '[0 0 595.28 841.89]' });
    expect(await judged(await signPlaceholder(placeholder, 'Weihui Education Bureau'))).toMatchObject({
      integrity: 'tampered',
      what: expect.stringMatching(/seal larger than 80 mm/),
    });
  });

  it('an appearance that fills rectangles is tampered-document', async () => {
    const placeholder = addSignaturePlaceholder(good, 3, {}, { appearance: '1 1 1 rg 0 0 113 113 re f' });
    expect(await judged(await signPlaceholder(placeholder, 'Weihui Education Bureau'))).toMatchObject({
      integrity: 'tampered',
      what: expect.stringMatching(/seal appearance paints "f"/),
    });
  });

  it('a clipped seal image with a stroked border is signed-document', async () => {
    const placeholder = addSignaturePlaceholder(
      good,
      3,
      {},
      { appearance: 'q 0 0 113 113 re W n q 113 0 0 113 0 0 cm /Im1 Do Q 1 0 0 RG 2 w 1 1 111 111 re S Q' },
    );
    expect(await judged(await signPlaceholder(placeholder, 'Weihui Education Bureau'))).toMatchObject({
      integrity: 'ok',
      what: expect.stringMatching(/signed-document/),
    });
  });
});

describe('what the signing update writes is what every reader sees', () => {
  it('a hidden xref section inside the signed revision is tampered-document (a2)', async () => {
    // A first update redefines page 3's content; the signing update chains (/Prev) to it.
    const placeholder = Buffer.from(addSignaturePlaceholder(appendUpdate(good, coveredContent(''))));
    // Blank the first update's startxref/%%EOF: it hides inside the signing revision, offsets unchanged.
    const text = placeholder.toString('latin1');
    const at = text.lastIndexOf('startxref', text.lastIndexOf('startxref') - 1);
    placeholder.fill(0x20, at, text.indexOf('%%EOF', at) + 5);
    const r = await judged(await signPlaceholder(new Uint8Array(placeholder), 'Weihui Education Bureau'));
    expect(r).toMatchObject({ integrity: 'tampered', what: expect.stringMatching(/xref \/Prev/) });
  });

  it('a content stream that calls itself /ObjStm is judged as what it replaces (a9)', async () => {
    const placeholder = addSignaturePlaceholder(good, 3, {}, { objects: coveredContent('/Type /ObjStm') });
    expect(await judged(await signPlaceholder(placeholder, 'Weihui Education Bureau'))).toMatchObject({
      integrity: 'tampered',
      what: expect.stringMatching(/\d+ 0 obj/),
    });
  });
});
