/**
 * pdf.js takes the page the linearization dictionary names (/O, at index /P) for that page of a linearized
 * file, without walking the page tree; every other viewer walks the tree. One revision laid out as a linearized
 * file (the linearization dictionary first, the xref right after it, /L the file's length): /O names the
 * genuine page 5, kept but left out of the tree, and the tree's fifth page is a forged one (painted white).
 * pdf.js paints the genuine page 5, MuPDF, PDFium and poppler the forged one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPdfJs } from '../../src/filing/extract.js';
import { decodeStream, isRef, type PdfDict, type PdfValue } from '../../src/filing/pdf-syntax.js';
import type { VerifyEnv } from '../../src/filing/verify.js';
import { objectsOf, pageAndCatalog, pdf, stream, withEntries } from './forge.js';
import { buildFiling, checkCatalogue, filingFindings, tempDir, verifyEnv } from './helpers.js';
import { addSignaturePlaceholder, signPlaceholder } from './sign.js';

let env: VerifyEnv;
let good: Uint8Array;

beforeAll(async () => {
  env = verifyEnv(tempDir());
  good = await buildFiling(checkCatalogue('catalogues/weihui.yaml'));
});

/** The file laid out as a linearized one: `lin` (given the file's length) as its first object, then the one xref, then every object. */
function linearizedLike(objects: ReadonlyMap<number, string | Buffer>, lin: (length: string) => string, fixed?: string): Uint8Array {
  const { table, trailer } = objectsOf(good);
  const src = Buffer.from(good);
  const bodies = new Map<number, Buffer>();
  for (const [n, e] of table.entries) {
    if (e.kind !== 'offset') continue;
    bodies.set(n, Buffer.concat([src.subarray(e.at, src.indexOf('endobj', e.at, 'latin1') + 6), Buffer.from('\n')]));
  }
  for (const [n, body] of objects) bodies.set(n, Buffer.concat([Buffer.from(`${n} 0 obj\n`), Buffer.from(body), Buffer.from('\nendobj\n')]));
  const firstAt = Math.min(...[...table.entries.values()].map((e) => (e.kind === 'offset' ? e.at : Number.POSITIVE_INFINITY)));
  const linNum = Math.max(...bodies.keys()) + 1;
  const size = linNum + 1;
  const trailerText = withEntries(trailer, { Size: String(size) }).replace(/\/Prev \d+ ?/, '');
  const xrefLength = `xref\n0 ${size}\n`.length + 20 * size + `trailer\n${trailerText}\n`.length;
  const build = (length: string): Buffer => {
    const linObj = Buffer.from(`${linNum} 0 obj\n${lin(length)}\nendobj\n`, 'latin1');
    const xrefAt = firstAt + linObj.length;
    let at = xrefAt + xrefLength;
    const offsets = new Map<number, number>([[linNum, firstAt]]);
    const chunks: Buffer[] = [];
    for (const [n, chunk] of [...bodies].sort((a, b) => a[0] - b[0])) {
      offsets.set(n, at);
      chunks.push(chunk);
      at += chunk.length;
    }
    const rows = Array.from({ length: size }, (_, n) =>
      offsets.has(n) ? `${String(offsets.get(n)).padStart(10, '0')} 00000 n\r\n` : `0000000000 ${n === 0 ? '65535' : '00000'} f\r\n`,
    );
    const xref = `xref\n0 ${size}\n${rows.join('')}trailer\n${trailerText}\n`;
    return Buffer.concat([src.subarray(0, firstAt), linObj, Buffer.from(xref, 'latin1'), ...chunks, Buffer.from(`startxref\n${xrefAt}\n%%EOF\n`)]);
  };
  if (fixed !== undefined) return new Uint8Array(build(fixed));
  const length = build('0000000000').length;
  return new Uint8Array(build(String(length).padStart(10, '0')));
}

/** Page 5 forged in the tree (painted white), the genuine page 5 kept for /O; `entries` the linearization dictionary's. */
function forgedFifth(entries: (genuine: number) => string): Uint8Array {
  const { page, catalog, table, size } = pageAndCatalog(good, 5);
  const pagesRef = catalog.dict.v.get('Pages');
  const contents = page.dict.v.get('Contents');
  if (!isRef(pagesRef) || !isRef(contents)) throw new Error('unexpected page tree');
  const pages = table.get(pagesRef.n) as PdfDict;
  const kids = (pages.v.get('Kids') as PdfValue[]).map(pdf);
  const [forged, content] = [size, size + 1];
  kids[4] = `${forged} 0 R`;
  const data = Buffer.from(decodeStream(table.get(contents.n) as PdfDict));
  return linearizedLike(
    new Map<number, string | Buffer>([
      [pagesRef.n, withEntries(pages, { Kids: `[${kids.join(' ')}]` })],
      [forged, withEntries(page.dict, { Contents: `${content} 0 R` })],
      [content, stream('', Buffer.concat([data, Buffer.from('\nq 1 1 1 rg -10 -10 2000 2000 re f Q')]))],
    ]),
    (length) => `<< /Linearized 1 /L ${length} /H [ 1 1 ] /E 1 /T 1 ${entries(page.num)} >>`,
  );
}

/** How many operators pdf.js paints on page `n`. */
async function pdfjsOps(bytes: Uint8Array, n: number): Promise<number> {
  const pdfjs = await loadPdfJs();
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    return (await (await doc.getPage(n)).getOperatorList()).fnArray.length;
  } finally {
    await doc.destroy();
  }
}

describe('a linearization dictionary naming another first page than the page tree', () => {
  it('/O the genuine page 5 at /P 4, the tree holding a forged page 5, is tampered-document', async () => {
    const forged = forgedFifth((genuine) => `/O ${genuine} /N 18 /P 4`);
    // pdf.js paints the genuine page 5 (the forged one, read through the tree, paints more: the white box).
    expect(await pdfjsOps(forged, 5)).toBe(await pdfjsOps(good, 5));
    // One byte more and /L no longer matches: pdf.js walks the tree as every other viewer does, and paints the forged page.
    expect(await pdfjsOps(new Uint8Array([...forged, 10]), 5)).not.toBe(await pdfjsOps(good, 5));
    const r = await filingFindings(forged, env);
    expect(r.integrity).toBe('tampered');
    expect(r.found.map((f) => f.messageId)).toContain('frame');
  });

  it('the same laid out with /O naming the page the tree has there, but /H naming no hint table, is tampered-document', async () => {
    // Until round 8 this passed (other-version); a viewer reading over byte ranges finds pages through the hint
    // table (forged-hint-table.test.ts), so a linearized file must have one that places every page where the tree does.
    // A genuine linearized re-save (qpdf --linearize) stays ok: signed-document, forgery, forged-hint-table tests.
    const { page } = pageAndCatalog(good, 5);
    const bytes = linearizedLike(new Map(), (length) => `<< /Linearized 1 /L ${length} /H [ 1 1 ] /E 1 /T 1 /O ${page.num} /N 18 /P 4 >>`);
    const r = await filingFindings(bytes, env);
    expect(r.integrity).toBe('tampered');
    expect(r.found.map((f) => f.messageId)).toContain('frame');
  });
});

describe('a linearized first revision whose /L is the length of the file with its updates', () => {
  /**
   * pdf.js reads a file whose /L is its length as linearized and starts at the xref after the first object:
   * the first revision's, so it never sees the update. A signing update laying its seal over page 4's first
   * row of √ marks (s1): if the seal checks looked at the file as pdf.js reads it, they would find no seal.
   * Tried in round 5 and caught already (pdf.js 4.9 lists the update's widget: `annotations`); kept as a guard.
   */
  it('a seal over the table that pdf.js does not see is tampered-document', async () => {
    const { page } = pageAndCatalog(good, 1);
    const first = linearizedLike(new Map(), () => `<< /Linearized 1 /L 0000000000 /H [ 1 1 ] /E 1 /T 1 /O ${page.num} /N 18 >>`, '0000000000');
    const placeholder = Buffer.from(addSignaturePlaceholder(first, 4, { Rect: '[580 228 690 256]' }, { appearance: 'q 110 0 0 28 0 0 cm /Im1 Do Q' }));
    const at = placeholder.indexOf('/L 0000000000');
    placeholder.write(`/L ${String(placeholder.length).padStart(10, '0')}`, at, 'latin1');
    const r = await filingFindings(await signPlaceholder(new Uint8Array(placeholder), 'Weihui Education Bureau'), env);
    expect(r.integrity).toBe('tampered');
  });
});
