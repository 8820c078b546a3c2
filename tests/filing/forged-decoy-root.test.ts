/**
 * A decoy root: a trailer or an xref stream somewhere in the file whose /Root is another catalog than the one
 * the file's xref chain gives, that catalog's page tree holding a forged page 3 (painted white). pdf.js reads
 * the chain (the genuine pages); a viewer that repairs the file (MuPDF on any error it meets, pdf.js when its
 * xref fails) takes the root of a trailer it finds by scanning, and shows the forged page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeStream, isRef, type PdfDict, type PdfValue } from '../../src/filing/pdf-syntax.js';
import type { VerifyEnv } from '../../src/filing/verify.js';
import { objectsOf, pageAndCatalog, pdf, rewriteOneRevision, stream, withEntries } from './forge.js';
import { addSignaturePlaceholder, signPlaceholder } from './sign.js';
import { buildFiling, checkCatalogue, filingFindings, tempDir, verifyEnv } from './helpers.js';

let env: VerifyEnv;
let good: Uint8Array;

beforeAll(async () => {
  env = verifyEnv(tempDir());
  good = await buildFiling(checkCatalogue('catalogues/weihui.yaml'));
});

/**
 * A second catalog, page tree, page 3 and its content under new numbers from `from` (the objects, and the
 * catalog's number); `typed` false writes them without /Type (a signing update may not add a catalog or page).
 */
function decoyObjects(from: number, typed = true): { objects: Map<number, string | Buffer>; root: number } {
  const g = pageAndCatalog(good, 3);
  const pagesRef = g.catalog.dict.v.get('Pages');
  if (!isRef(pagesRef)) throw new Error('no page tree');
  const pages = g.table.get(pagesRef.n) as PdfDict;
  const contents = g.page.dict.v.get('Contents');
  if (!isRef(contents)) throw new Error('page 3 has no single content stream');
  const data = Buffer.from(decodeStream(g.table.get(contents.n) as PdfDict));
  const [R2, P2, F3, K] = [from, from + 1, from + 2, from + 3];
  const kids = (pages.v.get('Kids') as PdfValue[]).map(pdf);
  kids[2] = `${F3} 0 R`;
  const untype = (s: string): string => (typed ? s : s.replace(/\/Type \/\w+ ?/, ''));
  return {
    root: R2,
    objects: new Map<number, string | Buffer>([
      [R2, untype(withEntries(g.catalog.dict, { Pages: `${P2} 0 R` }))],
      [P2, untype(withEntries(pages, { Kids: `[${kids.join(' ')}]` }))],
      [F3, untype(withEntries(g.page.dict, { Contents: `${K} 0 R`, Parent: `${P2} 0 R` }))],
      [K, stream('', Buffer.concat([data, Buffer.from('\nq 1 1 1 rg -10 -10 2000 2000 re f Q')]))],
    ]),
  };
}

describe('a trailer or xref stream naming another catalog', () => {
  it.each([
    ['', ''],
    [' with a comment before its dictionary', ' %x\n'],
  ])('a second trailer before the table%s, its /Root a forged catalog, is tampered-document', async (_name, gap) => {
    const { size, trailer } = objectsOf(good);
    const { objects, root } = decoyObjects(size);
    const one = Buffer.from(rewriteOneRevision(good, objects)).toString('latin1');
    const at = one.lastIndexOf('\nxref\n') + 1;
    const decoy = `trailer${gap}\n<< /Size ${size + 4} /Root ${root} 0 R /Info ${pdf(trailer.v.get('Info') ?? null)} >>\n`;
    const forged = `${one.slice(0, at)}${decoy}${one.slice(at).replace(/startxref\n(\d+)/, (_m, n: string) => `startxref\n${Number(n) + decoy.length}`)}`;
    const r = await filingFindings(new Uint8Array(Buffer.from(forged, 'latin1')), env);
    expect(r.integrity).toBe('tampered');
  });

  it('an xref stream object (listed, referenced by nothing) whose /Root is a forged catalog is tampered-document', async () => {
    const { size } = objectsOf(good);
    const { objects, root } = decoyObjects(size);
    objects.set(size + 4, stream(`/Type /XRef /Size ${size + 5} /W [1 4 2] /Root ${root} 0 R`, Buffer.alloc(0)));
    const r = await filingFindings(rewriteOneRevision(good, objects), env);
    expect(r.integrity).toBe('tampered');
  });

  it('a signing update that adds the decoy objects (without /Type) and a second trailer naming them is tampered-document', async () => {
    const { size } = objectsOf(good);
    const from = size + 4;
    const { objects, root } = decoyObjects(from, false);
    const placeholder = Buffer.from(addSignaturePlaceholder(good, 3, {}, { objects })).toString('latin1');
    const at = placeholder.lastIndexOf('\nxref\n') + 1;
    const decoy = `trailer\n<< /Size ${from + 4} /Root ${root} 0 R >>\n`;
    const forged = `${placeholder.slice(0, at)}${decoy}${placeholder.slice(at).replace(/startxref\n(\d+)/, (_m, n: string) => `startxref\n${Number(n) + decoy.length}`)}`;
    const signed = await signPlaceholder(new Uint8Array(Buffer.from(forged, 'latin1')), 'Weihui Education Bureau');
    const r = await filingFindings(signed, env);
    expect(r.integrity).toBe('tampered');
  });

  it('a signing update without a decoy stays signed-document', async () => {
    const r = await filingFindings(await signPlaceholder(addSignaturePlaceholder(good), 'Weihui Education Bureau'), env);
    expect(r.integrity).toBe('ok');
  });
});
