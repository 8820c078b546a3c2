/**
 * A page box pdf.js does not read: a /CropBox that is not four numbers with an area ([0 0 560 595.28 1],
 * [0 0 560 0]). pdf.js ignores it and shows the /MediaBox (its view is the rebuild's), as PDFium does; MuPDF
 * takes the first four numbers (or the empty box) and cuts the page at x = 560: every √ of the table's
 * columns is gone. A /CropBox outside the /MediaBox: PDFium shows an empty page. Red-team b2.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { VerifyEnv } from '../../src/filing/verify.js';
import { appendUpdate, pageAndCatalog, withEntries } from './forge.js';
import { oneRevision } from './font-forge.js';
import { buildFiling, checkCatalogue, filingFindings, has, tempDir, verifyEnv } from './helpers.js';

let env: VerifyEnv;
let good: Uint8Array;

beforeAll(async () => {
  env = verifyEnv(tempDir());
  good = await buildFiling(checkCatalogue('catalogues/weihui.yaml'));
});

describe('a page box pdf.js ignores', () => {
  for (const box of ['[0 0 560 595.28 1]', '[0 0 560 0]', '[0 0 560 (595.28)]', '[900 700 1000 800]']) {
    it.skipIf(!has('qpdf'))(`page 5 with /CropBox ${box} (pdf.js ignores it; MuPDF or PDFium show the page cut or empty) is tampered-document`, async () => {
      const { page } = pageAndCatalog(good, 5);
      const forged = oneRevision(appendUpdate(good, new Map([[page.num, withEntries(page.dict, { CropBox: box })]])));
      const r = await filingFindings(forged, env);
      expect(r.integrity).toBe('tampered');
      expect(r.found.map((f) => `${f.rule}:${f.messageId}`)).toContain('tampered-document:frame');
    });
  }

  it.skipIf(!has('qpdf'))('page 5 with a /CropBox equal to its /MediaBox, written in another corner order, is not', async () => {
    const { page } = pageAndCatalog(good, 5);
    const forged = oneRevision(appendUpdate(good, new Map([[page.num, withEntries(page.dict, { CropBox: '[841.89 595.28 0 0]' })]])));
    expect((await filingFindings(forged, env)).integrity).toBe('ok');
  });
});

/**
 * Round 8 (p2): n9 in the page's dictionary instead of its content. Page 5's /MediaBox written
 * `[0 0 000…000841.89 595.28]` (300 leading zeros). pdf.js and verify's reader take 841.89; PDFium keeps the first
 * 255 characters of a word (0): an empty box, so it shows the page as US Letter portrait (612 × 792) and cuts
 * the table after 全社会 (公开对象, 方式, 层级 and their √ gone; shown rendered with PDFium 2025 wasm).
 */
describe('a number in a page dictionary longer than viewers read', () => {
  it.skipIf(!has('qpdf'))('page 5’s /MediaBox width with 300 leading zeros is tampered-document', async () => {
    const { page } = pageAndCatalog(good, 5);
    const forged = oneRevision(appendUpdate(good, new Map([[page.num, withEntries(page.dict, { MediaBox: `[0 0 ${'0'.repeat(300)}841.89 595.28]` })]])));
    expect(Buffer.from(forged).includes(`${'0'.repeat(300)}841.89`)).toBe(true);
    const r = await filingFindings(forged, env);
    expect(r.integrity).toBe('tampered');
  });
});
