/**
 * Page dictionary entries no part of verify compared (round 9, p9). One revision (qpdf): page 5 given
 * `/TrimBox [0 0 420 595.28]` (the left half of the landscape page). pdf.js, MuPDF, PDFium and poppler show the
 * /CropBox (the /MediaBox here) and paint the genuine page; CUPS's pdftopdf (cups-filters, the first filter of
 * every PDF print job on Linux) places each page as a form whose /BBox is the page's /TrimBox: printed, page 5
 * ends after 公开依据 (公开时限, 公开主体, the channels and every √ gone; pdftotext of pdftopdf's output: 9 √ → 0).
 * The same for what other viewers show from the page dictionary: an embedded thumbnail (/Thumb, shown in a page
 * panel), a presentation duration and transition (/Dur, /Trans: full-screen modes advance past page 5 at once),
 * /PresSteps, /ArtBox, /BleedBox, /PieceInfo, /Tabs. The rebuild writes none of them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { VerifyEnv } from '../../src/filing/verify.js';
import { appendUpdate, pageAndCatalog, stream, withEntries } from './forge.js';
import { oneRevision } from './font-forge.js';
import { buildFiling, checkCatalogue, filingFindings, has, tempDir, verifyEnv } from './helpers.js';

let env: VerifyEnv;
let good: Uint8Array;

beforeAll(async () => {
  env = verifyEnv(tempDir());
  good = await buildFiling(checkCatalogue('catalogues/weihui.yaml'));
});

/** The filing written again by qpdf as one revision, page 5's dictionary given `entries` (and `more` objects). */
function page5With(entries: Record<string, string>, more: (size: number) => Map<number, string | Buffer> = () => new Map()): Uint8Array {
  const { page, size } = pageAndCatalog(good, 5);
  return oneRevision(appendUpdate(good, new Map([...more(size), [page.num, withEntries(page.dict, entries)]])));
}

describe('page dictionary entries other viewers and printing act on', () => {
  const cases: [string, Record<string, string>][] = [
    ['/TrimBox [0 0 420 595.28] (CUPS pdftopdf prints page 5 cut after 公开依据)', { TrimBox: '[0 0 420 595.28]' }],
    ['/ArtBox and /BleedBox on the left half', { ArtBox: '[0 0 420 595.28]', BleedBox: '[0 0 420 595.28]' }],
    ['/Dur 0 and /Trans (a presentation advances past page 5 at once)', { Dur: '0', Trans: '<< /S /Dissolve /D 0 >>' }],
    ['/PieceInfo and /LastModified', { PieceInfo: '<< /X << /Private (a) /LastModified (D:2020) >> >>', LastModified: '(D:2020)' }],
    ['/Tabs /R', { Tabs: '/R' }],
  ];
  for (const [name, entries] of cases) {
    it.skipIf(!has('qpdf'))(`page 5 with ${name} is tampered-document`, async () => {
      const r = await filingFindings(page5With(entries), env);
      expect(r.integrity).toBe('tampered');
      expect(r.found).toContainEqual(expect.objectContaining({ rule: 'tampered-document', messageId: 'frame', data: expect.objectContaining({ page: 5 }) }));
    });
  }

  it.skipIf(!has('qpdf'))('page 5 with an embedded thumbnail (/Thumb, a blank image shown in page panels) is tampered-document', async () => {
    const thumb = (size: number) =>
      new Map<number, string | Buffer>([[size, stream('/Width 60 /Height 42 /ColorSpace /DeviceRGB /BitsPerComponent 8', Buffer.alloc(60 * 42 * 3, 255))]]);
    const { size } = pageAndCatalog(good, 5);
    const r = await filingFindings(page5With({ Thumb: `${size} 0 R` }, thumb), env);
    expect(r.integrity).toBe('tampered');
    expect(r.found).toContainEqual(expect.objectContaining({ messageId: 'frame', data: expect.objectContaining({ page: 5 }) }));
  });

  it.skipIf(!has('qpdf'))('page 5’s dictionary written again unchanged stays ok', async () => {
    expect((await filingFindings(page5With({}), env)).integrity).toBe('ok');
  });
});
