/**
 * A dictionary with the same key twice: which one a reader keeps is up to its parser (a Map keeps the last,
 * a parser that looks a key up by scanning the entries finds the first). Page 3 given two /Contents, the
 * forged content (page 3 painted white) first and the genuine one last, so verify's reader saw the genuine page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeStream, isRef, PdfReader, PdfSyntaxError, type PdfDict } from '../../src/filing/pdf-syntax.js';
import type { VerifyEnv } from '../../src/filing/verify.js';
import { pageAndCatalog, pdf, rewriteOneRevision, stream, withEntries } from './forge.js';
import { addSignaturePlaceholder, signPlaceholder } from './sign.js';
import { buildFiling, checkCatalogue, filingFindings, tempDir, verifyEnv } from './helpers.js';

let env: VerifyEnv;
let good: Uint8Array;

beforeAll(async () => {
  env = verifyEnv(tempDir());
  good = await buildFiling(checkCatalogue('catalogues/weihui.yaml'));
});

/** Page 3 with a forged /Contents written before its genuine one, and the forged content stream. */
function twoContents(): { num: number; page: string; content: number; body: Buffer } {
  const { page, table, size } = pageAndCatalog(good, 3);
  const contents = page.dict.v.get('Contents');
  if (!isRef(contents)) throw new Error('page 3 has no single content stream');
  const data = Buffer.from(decodeStream(table.get(contents.n) as PdfDict));
  const body = stream('', Buffer.concat([data, Buffer.from('\nq 1 1 1 rg -10 -10 2000 2000 re f Q')]));
  return { num: page.num, page: pdf(page.dict).replace('<<', `<</Contents ${size} 0 R `), content: size, body };
}

describe('a dictionary with a key twice', () => {
  it('is refused by the reader', () => {
    expect(() => new PdfReader(Buffer.from('<< /A 1 /B 2 /A 3 >>')).value()).toThrow(PdfSyntaxError);
    expect(new PdfReader(Buffer.from('<< /A 1 /B 2 >>')).value()).toMatchObject({ t: 'dict' });
  });

  it('page 3 with a forged /Contents before the genuine one is tampered-document', async () => {
    const { num, page, content, body } = twoContents();
    const bytes = rewriteOneRevision(
      good,
      new Map<number, string | Buffer>([
        [num, page],
        [content, body],
      ]),
    );
    const r = await filingFindings(bytes, env);
    expect(r.integrity).toBe('tampered');
  });

  it('the same page written by a signing update is tampered-document', async () => {
    const { num, body } = twoContents();
    const { page, size } = pageAndCatalog(good, 3);
    // The update writes page 3 again (its /Annots grown by the seal's widget, object size + 1): the forged /Contents goes in front.
    const forgedContent = size + 100;
    const twice = withEntries(page.dict, { Annots: `[${size + 1} 0 R]` }).replace('<<', `<</Contents ${forgedContent} 0 R `);
    const placeholder = addSignaturePlaceholder(
      good,
      3,
      {},
      {
        objects: new Map<number, string | Buffer>([
          [num, twice],
          [forgedContent, body],
        ]),
      },
    );
    const signed = await signPlaceholder(placeholder, 'Weihui Education Bureau');
    const r = await filingFindings(signed, env);
    expect(r.integrity).toBe('tampered');
  });
});

/**
 * Round 8 (p3): a name with `#00` in it. pdf.js and verify's reader decode `/F2#00X` to "F2\0X", another key than
 * /F2; poppler looks dictionary keys up with strcmp, which stops at the NUL, so "F2\0X" is /F2 to it. Page 5's
 * resources given `/F2#00X` (the page's other font, F5) before the genuine /F2: pdf.js paints the genuine page,
 * poppler (pdftotext, pdftoppm; Evince, Okular) sets every cell of the table in the other font: the text garbled,
 * every √ of page 5 gone (pdftotext: 9 → 0).
 */
describe('a name with a NUL byte (#00)', () => {
  it('is refused by the reader', () => {
    expect(() => new PdfReader(Buffer.from('<< /F2#00X 1 >>')).value()).toThrow(PdfSyntaxError);
    expect(new PdfReader(Buffer.from('<< /F#32 1 >>')).value()).toMatchObject({ t: 'dict' });
  });

  it('page 5’s resources given /F2#00X (another font) before /F2 is tampered-document', async () => {
    const { page, table } = pageAndCatalog(good, 5);
    const resources = page.dict.v.get('Resources');
    const dict = isRef(resources) ? (table.get(resources.n) as PdfDict) : (resources as PdfDict);
    const fonts = dict.v.get('Font') as PdfDict;
    const [other, font] = [...fonts.v].find(([k]) => k !== 'F2') ?? [];
    const text = `<< /F2#00X ${pdf(font ?? null)} ${[...fonts.v].map(([k, v]) => `/${k} ${pdf(v)}`).join(' ')} >>`;
    expect(other).toBeDefined();
    const bytes = isRef(resources)
      ? rewriteOneRevision(good, new Map([[resources.n, withEntries(dict, { Font: text })]]))
      : rewriteOneRevision(good, new Map([[page.num, withEntries(page.dict, { Resources: withEntries(dict, { Font: text }) })]]));
    const r = await filingFindings(bytes, env);
    expect(r.integrity).toBe('tampered');
  });
});

/**
 * Round 8 (p5): a `#` in a name not followed by two hex digits. pdf.js and verify's reader keep `/F#3G` as it is
 * ("F#3G"); poppler takes the first digit, shifted, and drops the rest: "F0". Page 5's font renamed /F0 (its content
 * says /F0: pdf.js's op list names fonts by object, not by key, so it is the rebuild's) and `/F#3G` (the page's
 * other font) put before it: poppler sets the table in the other font (pdftotext: 9 √ → 0), pdf.js paints the
 * genuine page. The same in the content (`/F#3G Tf`, resources /F0 forged and `/F#233G` genuine) also fooled verify.
 */
describe('a name with a # not followed by two hex digits', () => {
  it('is refused by the reader', () => {
    for (const bad of ['<< /F#3G 1 >>', '<< /F# 1 >>', '<< /F#2 1 >>']) expect(() => new PdfReader(Buffer.from(bad)).value(), bad).toThrow(PdfSyntaxError);
    expect(new PdfReader(Buffer.from('<< /F#233G 1 >>')).value()).toMatchObject({ t: 'dict' });
  });

  /** Page 5 with its table font under key `key` (`content`: its name in the content) and the page's other font under `decoy` before it. */
  function renamed(key: string, content: string, decoy: string): Uint8Array {
    const { page, table } = pageAndCatalog(good, 5);
    const resources = page.dict.v.get('Resources');
    const contents = page.dict.v.get('Contents');
    if (!isRef(resources) || !isRef(contents)) throw new Error('unexpected page 5');
    const dict = table.get(resources.n) as PdfDict;
    const fonts = dict.v.get('Font') as PdfDict;
    const [, other] = [...fonts.v].find(([k]) => k !== 'F2') ?? [];
    const fontText = `<< ${decoy} ${pdf(other ?? null)} ${[...fonts.v].map(([k, v]) => `${k === 'F2' ? key : `/${k}`} ${pdf(v)}`).join(' ')} >>`;
    const data = Buffer.from(decodeStream(table.get(contents.n) as PdfDict))
      .toString('latin1')
      .replaceAll('/F2 ', `${content} `);
    return rewriteOneRevision(
      good,
      new Map<number, string | Buffer>([
        [resources.n, withEntries(dict, { Font: fontText })],
        [contents.n, stream('', Buffer.from(data, 'latin1'))],
      ]),
    );
  }

  it('page 5’s resources given /F#3G (another font) before its font renamed /F0 is tampered-document', async () => {
    const r = await filingFindings(renamed('/F0', '/F0', '/F#3G'), env);
    expect(r.integrity).toBe('tampered');
  });

  it('page 5’s content naming its font /F#3G (resources: /F0 another font, /F#233G its font) is tampered-document', async () => {
    const r = await filingFindings(renamed('/F#233G', '/F#3G', '/F0'), env);
    expect(r.integrity).toBe('tampered');
  });

  it('page 5’s font renamed /F#233G, named so in the content too, stays ok (a valid escape)', async () => {
    const r = await filingFindings(renamed('/F#233G', '/F#233G', '/F9'), env);
    expect(r.integrity).toBe('ok');
  });
});
