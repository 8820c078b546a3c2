/**
 * Cross-reference tables read one way by verify's own parser and another by a viewer (pdf.js): an object
 * listed twice in one xref section (pdf.js keeps the first, a Map the last), an entry 0 in use or a
 * subsection "1 N" opened by a free entry (pdf.js renumbers it, or rebuilds the whole table from the
 * objects it finds in the file, the last of each number winning). Each of these made verify prove the
 * genuine object graph while a viewer painted a forged page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeStream, isRef, type PdfDict } from '../../src/filing/pdf-syntax.js';
import { loadPdfJs } from '../../src/filing/extract.js';
import { startxref } from '../../src/filing/pdf-xref.js';
import type { VerifyEnv } from '../../src/filing/verify.js';
import { objectsOf, pageAndCatalog, pdf, stream } from './forge.js';
import { buildFiling, checkCatalogue, filingFindings, tempDir, verifyEnv } from './helpers.js';
import { addSignaturePlaceholder, signPlaceholder } from './sign.js';

let env: VerifyEnv;
let good: Uint8Array;
/** The whole page painted white: every item of page 3 gone for a reader. */
const WHITE_PAGE = 'q 1 1 1 rg -10 -10 2000 2000 re f Q';

/** Page 3's content stream object number, and a forged body for it (the page, then white over all of it). */
function forgedContent(): { num: number; body: Buffer } {
  const { page, table } = pageAndCatalog(good, 3);
  const ref = page.dict.v.get('Contents');
  if (!isRef(ref)) throw new Error('page 3 has no single content stream');
  const content = Buffer.from(decodeStream(table.get(ref.n) as PdfDict));
  return { num: ref.n, body: stream('', Buffer.concat([content, Buffer.from(`\n${WHITE_PAGE}`)])) };
}

/**
 * The genuine file with `extra` (raw object bodies) written just before its xref table, that table's text
 * rewritten by `table` (given the offsets of the extra objects), and startxref moved: still one revision.
 */
function rewriteTable(extra: ReadonlyMap<number, Buffer>, table: (xref: string, offsets: ReadonlyMap<number, number>) => string): Uint8Array {
  const at = startxref(good, 0, good.length);
  const text = Buffer.from(good).toString('latin1');
  const end = text.indexOf('startxref', at);
  const parts: Buffer[] = [Buffer.from(good.subarray(0, at))];
  let offset = at;
  const offsets = new Map<number, number>();
  for (const [n, body] of extra) {
    const chunk = Buffer.concat([Buffer.from(`${n} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    offsets.set(n, offset);
    parts.push(chunk);
    offset += chunk.length;
  }
  parts.push(Buffer.from(`${table(text.slice(at, end), offsets)}startxref\n${offset}\n%%EOF\n`, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}

const entry = (at: number, kind = 'n'): string => `${String(at).padStart(10, '0')} 00000 ${kind}\r\n`;

/** Whether pdf.js paints page 3 of `bytes` otherwise than the genuine filing (the forgery works on a viewer). */
async function viewerSeesForgery(bytes: Uint8Array): Promise<boolean> {
  const pdfjs = await loadPdfJs();
  const ops = async (data: Uint8Array): Promise<number> => {
    const doc = await pdfjs.getDocument({ data: new Uint8Array(data), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
    try {
      return (await (await doc.getPage(3)).getOperatorList()).fnArray.length;
    } finally {
      await doc.destroy();
    }
  };
  return (await ops(bytes)) !== (await ops(good));
}

beforeAll(async () => {
  env = verifyEnv(tempDir());
  good = await buildFiling(checkCatalogue('catalogues/weihui.yaml'));
});

describe('one revision whose xref a viewer reads otherwise', () => {
  it('an object listed twice in the table (the forged body first) is not proven genuine', async () => {
    const { num, body } = forgedContent();
    const forged = rewriteTable(new Map([[num, body]]), (xref, offsets) => xref.replace(/^xref\r?\n/, `xref\n${num} 1\n${entry(offsets.get(num)!)}`));
    expect(await viewerSeesForgery(forged)).toBe(true);
    const r = await filingFindings(forged, env);
    expect(r.integrity).toBe('tampered');
  });

  it('an entry 0 in use (pdf.js rebuilds the table; a later copy of an object wins) is not proven genuine', async () => {
    const { num, body } = forgedContent();
    const forged = rewriteTable(new Map([[num, body]]), (xref) => xref.replace(/^(xref\r?\n0 \d+\r?\n)\d{10} \d{5} f/, (_m, head: string) => `${head}0000000000 00000 n`));
    expect(await viewerSeesForgery(forged)).toBe(true);
    const r = await filingFindings(forged, env);
    expect(r.integrity).toBe('tampered');
  });
});

describe('a signing update whose xref a viewer reads otherwise', () => {
  it('the page content listed twice in the update (forged first, the genuine offset last) is tampered-document', async () => {
    const { num, body } = forgedContent();
    const genuineAt = (objectsOf(good).table.entries.get(num) as { at: number }).at;
    const placeholder = Buffer.from(addSignaturePlaceholder(good, 3, {}, { objects: new Map([[num, body]]) }));
    const text = placeholder.toString('latin1');
    const xref = text.lastIndexOf('\nxref\n') + 1;
    const line = new RegExp(`\n${num} 1\n\\d{10} 00000 n\r\n`).exec(text.slice(xref));
    if (!line) throw new Error('no xref line for the content');
    const insertAt = xref + line.index + line[0].length;
    const withTwin = Buffer.concat([placeholder.subarray(0, insertAt), Buffer.from(`${num} 1\n${entry(genuineAt)}`, 'latin1'), placeholder.subarray(insertAt)]);
    const signed = await signPlaceholder(new Uint8Array(withTwin), 'Weihui Education Bureau');
    expect(await viewerSeesForgery(signed)).toBe(true);
    const r = await filingFindings(signed, env);
    expect(r.integrity).toBe('tampered');
  });

  it('a page listed at another number\'s object, the forged content written outside the xref, is tampered-document', async () => {
    const { num, body } = forgedContent();
    const { page } = pageAndCatalog(good, 3);
    const placeholder = Buffer.from(addSignaturePlaceholder(good, 1));
    const xrefAt = placeholder.toString('latin1').lastIndexOf('\nxref\n') + 1;
    // pdf.js meets object 99999 where page 3 should be, rebuilds its table and takes the last "N 0 obj" of each number.
    const decoy = Buffer.concat([Buffer.from(`${num} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    const twin = Buffer.from(`99999 0 obj\n${pdf(page.dict)}\nendobj\n`, 'latin1');
    const tail = placeholder.subarray(xrefAt).toString('latin1')
      .replace('\ntrailer\n', `\n${page.num} 1\n${entry(xrefAt + decoy.length)}trailer\n`)
      .replace(/startxref\n(\d+)/, (_m, n: string) => `startxref\n${Number(n) + decoy.length + twin.length}`);
    const forged = Buffer.concat([placeholder.subarray(0, xrefAt), decoy, twin, Buffer.from(tail, 'latin1')]);
    const signed = await signPlaceholder(new Uint8Array(forged), 'Weihui Education Bureau');
    expect(await viewerSeesForgery(signed)).toBe(true);
    const r = await filingFindings(signed, env);
    expect(r.integrity).toBe('tampered');
  });
});
