/**
 * A signing update whose seal is laid over the catalogue table: a seal-sized appearance (images only, as
 * seal.ts allows) painted over a row's √ marks hides them, or shows them in another column, and the
 * signature is valid. A seal may be stamped over the report's 落款, never over the table's cells.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { VerifyEnv } from '../../src/filing/verify.js';
import { buildFiling, checkCatalogue, filingFindings, tempDir, verifyEnv } from './helpers.js';
import { addSignaturePlaceholder, sealFiling, signPlaceholder } from './sign.js';
import { pageAndCatalog, stream, withEntries } from './forge.js';

let env: VerifyEnv;
let good: Uint8Array;

beforeAll(async () => {
  env = verifyEnv(tempDir());
  good = await buildFiling(checkCatalogue('catalogues/weihui.yaml'));
});

describe('a seal over the catalogue table', () => {
  it('a seal over the first row of √ marks on page 4 is tampered-document', async () => {
    // Page 4's first row of √ marks is at y ≈ 239, x ≈ 589 (全社会), 628, 668.
    const placeholder = addSignaturePlaceholder(good, 4, { Rect: '[580 228 690 256]' }, { appearance: 'q 110 0 0 28 0 0 cm /Im1 Do Q' });
    const r = await filingFindings(await signPlaceholder(placeholder, 'Weihui Education Bureau'), env);
    expect(r.integrity).toBe('tampered');
    expect(r.found.map((f) => `${f.rule}:${String(f.data?.what ?? '')}`).join('; ')).toMatch(/seal over the catalogue table/);
  });

  it('a seal over an empty cell of the √ columns on page 4 (adding a √) is tampered-document', async () => {
    const placeholder = addSignaturePlaceholder(good, 4, { Rect: '[601 233 617 249]' }, { appearance: 'q 16 0 0 16 0 0 cm /Im1 Do Q' });
    const r = await filingFindings(await signPlaceholder(placeholder, 'Weihui Education Bureau'), env);
    expect(r.integrity).toBe('tampered');
  });

  it('a second seal over the table, added by growing an indirect /Annots array (the page dict unchanged), is tampered-document', async () => {
    // Revision 2: a seal in the margin of page 4, the page's /Annots an indirect array.
    const one = pageAndCatalog(good, 4);
    const [w1, a1] = [one.size + 1, one.size + 4];
    const first = await signPlaceholder(
      addSignaturePlaceholder(
        good,
        4,
        { Rect: '[760 20 830 90]' },
        {
          appearance: 'q 70 0 0 70 0 0 cm /Im1 Do Q',
          objects: new Map([
            [one.page.num, withEntries(one.page.dict, { Annots: `${a1} 0 R` })],
            [a1, `[${w1} 0 R]`],
          ]),
        },
      ),
      'Weihui Education Bureau',
    );
    // Revision 3: the array grows with a seal over the first row of √ marks; the page object is not written again.
    const two = pageAndCatalog(first, 4);
    const w2 = two.size + 1;
    const second = addSignaturePlaceholder(
      first,
      4,
      { Rect: '[580 228 690 256]' },
      {
        appearance: 'q 110 0 0 28 0 0 cm /Im1 Do Q',
        objects: new Map([
          [two.page.num, withEntries(two.page.dict, {})],
          [a1, `[${w1} 0 R ${w2} 0 R]`],
          [two.catalog.num, withEntries(two.catalog.dict, { AcroForm: `<< /Fields [${w1} 0 R ${w2} 0 R] /SigFlags 3 >>` })],
        ]),
      },
    );
    const r = await filingFindings(await signPlaceholder(second, 'Weihui Education Bureau'), env);
    expect(r.integrity).toBe('tampered');
    expect(r.found.map((f) => String(f.data?.what ?? '')).join('; ')).toMatch(/seal over the catalogue table/);
  });

  it('a seal over municipal content on a page of the table that shows no √ (the cut tail of a row taller than a page) is tampered-document', async () => {
    // 校园安全, the last row, is cut over pages 15–17; page 17 holds its last content lines (法律法规 … 校车使用, x ≈ 213, y ≈ 163 down) and no √.
    const long = await buildFiling(checkCatalogue('tests/filing/fixtures/weihui-long-row.yaml'));
    const placeholder = addSignaturePlaceholder(long, 17, { Rect: '[200 60 330 180]' }, { appearance: 'q 130 0 0 120 0 0 cm /Im1 Do Q' });
    const r = await filingFindings(await signPlaceholder(placeholder, 'Weihui Education Bureau'), env);
    expect(r.integrity).toBe('tampered');
    expect(r.found.map((f) => String(f.data?.what ?? '')).join('; ')).toMatch(/seal over the catalogue table \(page 17\)/);
  });

  it('a seal in the margin whose appearance has no /BBox (PDFium paints it unclipped, over the √ columns of page 4) is tampered-document', async () => {
    // pdf.js takes [0 0 1 1] for a missing /BBox and clips to the /Rect; PDFium maps nothing, clips nothing:
    // the image scaled by 300 at -250, 150 from the margin's corner lies over the rows of √ marks.
    const { size } = pageAndCatalog(good, 4);
    const [ap, img] = [size + 2, size + 3];
    const form = stream(`/Type /XObject /Subtype /Form /Resources << /XObject << /Im1 ${img} 0 R >> >>`, 'q 300 0 0 300 -250 150 cm /Im1 Do Q');
    const placeholder = addSignaturePlaceholder(good, 4, { Rect: '[760 20 830 90]' }, { objects: new Map([[ap, form]]) });
    const r = await filingFindings(await signPlaceholder(placeholder, 'Weihui Education Bureau'), env);
    expect(r.integrity).toBe('tampered');
    expect(r.found.map((f) => String(f.data?.what ?? '')).join('; ')).toMatch(/seal \/BBox/);
  });
});

/** The sealPlace findings of a signed placeholder: pages named. */
async function offClosing(placeholder: Uint8Array): Promise<{ integrity: string; pages: string[] }> {
  const r = await filingFindings(await signPlaceholder(placeholder, 'Weihui Education Bureau'), env);
  return { integrity: r.integrity, pages: r.found.filter((f) => f.messageId === 'sealPlace').map((f) => String(f.data?.page)) };
}

describe('a seal only over the 落款 (GB/T 9704-2012 7.3.5: 端正、居中下压发文机关署名和成文日期)', () => {
  // Weihui's 落款: page 3, 卫辉市教育局 over 2020年10月26日, x 342.6–458.4, y 538.8–587.7.
  it('a seal in the margin of a report page (where its image could say 本年度暂不公开) is tampered-document', async () => {
    expect(await offClosing(addSignaturePlaceholder(good, 2, { Rect: '[20 300 90 370]' }, { appearance: 'q 70 0 0 70 0 0 cm /Im1 Do Q' }))).toEqual({
      integrity: 'tampered',
      pages: ['2'],
    });
  });

  it('a seal in the margin of a table page is tampered-document', async () => {
    expect(await offClosing(addSignaturePlaceholder(good, 4, { Rect: '[760 20 830 90]' }, { appearance: 'q 70 0 0 70 0 0 cm /Im1 Do Q' }))).toEqual({
      integrity: 'tampered',
      pages: ['4'],
    });
  });

  it("a seal over the report's text on page 1 (no 落款 there) is tampered-document", async () => {
    expect(await offClosing(addSignaturePlaceholder(good, 1, { Rect: '[400 80 513 193]' }))).toEqual({ integrity: 'tampered', pages: ['1'] });
  });

  it('a seal on the 落款 page but far from the 署名 and date is tampered-document', async () => {
    expect(await offClosing(addSignaturePlaceholder(good, 3, { Rect: '[100 100 213 213]' }))).toEqual({ integrity: 'tampered', pages: ['3'] });
  });

  it("a seal that only grazes the 落款 (its centre 32 mm from the block's) is tampered-document", async () => {
    expect(await offClosing(addSignaturePlaceholder(good, 3, { Rect: '[450 540 530 620]' }, { appearance: 'q 80 0 0 80 0 0 cm /Im1 Do Q' }))).toEqual({
      integrity: 'tampered',
      pages: ['3'],
    });
  });

  it('a seal over the 落款 is a signature (signer and time)', async () => {
    const r = await filingFindings(await sealFiling(good, 'Weihui Education Bureau'), env);
    expect(r.integrity).toBe('ok');
    expect(r.found.find((f) => f.rule === 'signed-document')?.data).toMatchObject({ signer: expect.stringContaining('Weihui Education Bureau') });
  });

  it('a seal a little off the centre of the 落款 (10 mm right, 10 mm down) is a signature', async () => {
    const r = await filingFindings(await signPlaceholder(addSignaturePlaceholder(good, 3, { Rect: '[372 479 485 592]' }), 'Weihui Education Bureau'), env);
    expect(r.integrity).toBe('ok');
  });

  it('a seal over the blank 成文日期 of an undated filing is a signature', async () => {
    const undated = await buildFiling(checkCatalogue('tests/filing/fixtures/weihui-undated.yaml'));
    const r = await filingFindings(await sealFiling(undated, 'Weihui Education Bureau'), env);
    expect(r.integrity).toBe('ok');
  });
});
