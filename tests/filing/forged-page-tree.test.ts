/**
 * Page trees viewers walk differently: pdf.js and MuPDF skip a subtree by its /Count and take a node with
 * /Kids for an intermediate one, poppler walks every kid whatever the counts say. One revision (the file
 * written again by hand): a forged page 3 hidden in the tree where /Count leaves it out for pdf.js, so that
 * pdf.js paints the genuine pages and another viewer shows the forged page among them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeStream, isRef, type PdfDict, type PdfValue } from '../../src/filing/pdf-syntax.js';
import type { VerifyEnv } from '../../src/filing/verify.js';
import { pageAndCatalog, pdf, rewriteOneRevision, stream, withEntries } from './forge.js';
import { buildFiling, checkCatalogue, filingFindings, tempDir, verifyEnv } from './helpers.js';

let env: VerifyEnv;
let good: Uint8Array;

beforeAll(async () => {
  env = verifyEnv(tempDir());
  good = await buildFiling(checkCatalogue('catalogues/weihui.yaml'));
});

/** The page tree's root, page 3 and a forged page 3 (its content painted white) under the numbers `forged`, `content`. */
function parts(): {
  root: { num: number; dict: PdfDict };
  page: { num: number; dict: PdfDict };
  kids: string[];
  forged: number;
  content: number;
  body: Buffer;
} {
  const { page, catalog, table, size } = pageAndCatalog(good, 3);
  const ref = catalog.dict.v.get('Pages');
  if (!isRef(ref)) throw new Error('no page tree');
  const rootDict = table.get(ref.n) as PdfDict;
  const contents = page.dict.v.get('Contents');
  if (!isRef(contents)) throw new Error('page 3 has no single content stream');
  const data = Buffer.from(decodeStream(table.get(contents.n) as PdfDict));
  const body = stream('', Buffer.concat([data, Buffer.from('\nq 1 1 1 rg -10 -10 2000 2000 re f Q')]));
  return { root: { num: ref.n, dict: rootDict }, page, kids: (rootDict.v.get('Kids') as PdfValue[]).map(pdf), forged: size, content: size + 1, body };
}

describe('a page tree viewers walk differently', () => {
  it('the file written again as it is stays other-version', async () => {
    const r = await filingFindings(rewriteOneRevision(good), env);
    expect(r.integrity).toBe('ok');
  });

  it('page 3 under an intermediate node whose /Count leaves out a forged second page is tampered-document', async () => {
    const { root, page, kids, forged, content, body } = parts();
    const node = content + 1;
    kids[2] = `${node} 0 R`;
    const bytes = rewriteOneRevision(
      good,
      new Map<number, string | Buffer>([
        [root.num, withEntries(root.dict, { Kids: `[${kids.join(' ')}]` })],
        [node, `<< /Type /Pages /Count 1 /Kids [${page.num} 0 R ${forged} 0 R] /Parent ${root.num} 0 R >>`],
        [page.num, withEntries(page.dict, { Parent: `${node} 0 R` })],
        [forged, withEntries(page.dict, { Parent: `${node} 0 R`, Contents: `${content} 0 R` })],
        [content, body],
      ]),
    );
    const r = await filingFindings(bytes, env);
    expect(r.integrity).toBe('tampered');
  });

  it("a forged page after the last one, left out by the root's /Count, is tampered-document", async () => {
    const { root, page, kids, forged, content, body } = parts();
    const bytes = rewriteOneRevision(
      good,
      new Map<number, string | Buffer>([
        [root.num, withEntries(root.dict, { Kids: `[${[...kids, `${forged} 0 R`].join(' ')}]` })],
        [forged, withEntries(page.dict, { Contents: `${content} 0 R` })],
        [content, body],
      ]),
    );
    const r = await filingFindings(bytes, env);
    expect(r.integrity).toBe('tampered');
  });

  it('a page with /Kids (a forged page under it) is tampered-document', async () => {
    const { page, forged, content, body } = parts();
    const bytes = rewriteOneRevision(
      good,
      new Map<number, string | Buffer>([
        [page.num, withEntries(page.dict, { Kids: `[${forged} 0 R]`, Count: '1' })],
        [forged, withEntries(page.dict, { Parent: `${page.num} 0 R`, Contents: `${content} 0 R` })],
        [content, body],
      ]),
    );
    const r = await filingFindings(bytes, env);
    expect(r.integrity).toBe('tampered');
  });

  it('an intermediate node without /Type /Pages is tampered-document', async () => {
    const { root, page, kids } = parts();
    const node = parts().content + 1;
    kids[2] = `${node} 0 R`;
    const bytes = rewriteOneRevision(
      good,
      new Map<number, string | Buffer>([
        [root.num, withEntries(root.dict, { Kids: `[${kids.join(' ')}]` })],
        [node, `<< /Count 1 /Kids [${page.num} 0 R] /Parent ${root.num} 0 R >>`],
        [page.num, withEntries(page.dict, { Parent: `${node} 0 R` })],
      ]),
    );
    const r = await filingFindings(bytes, env);
    expect(r.integrity).toBe('tampered');
  });
});
