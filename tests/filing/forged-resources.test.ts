/**
 * /Resources on more than one level: on the page and inherited from its /Pages node, or on the page and in a
 * form XObject of its resources. The spec has the page's own dictionary win; a viewer that merges the levels,
 * or looks a name up in the inherited one, paints with other resources (an inherited /DefaultRGB that turns
 * black into white). One revision written again by hand.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { isRef, type PdfDict } from '../../src/filing/pdf-syntax.js';
import type { VerifyEnv } from '../../src/filing/verify.js';
import { pageAndCatalog, rewriteOneRevision, stream, withEntries } from './forge.js';
import { buildFiling, checkCatalogue, filingFindings, tempDir, verifyEnv } from './helpers.js';

let env: VerifyEnv;
let good: Uint8Array;

beforeAll(async () => {
  env = verifyEnv(tempDir());
  good = await buildFiling(checkCatalogue('catalogues/weihui.yaml'));
});

/** A /DefaultRGB that maps every colour to white (a calibrated space with a white point and a 0 gamma). */
const WHITE_RGB = '<< /DefaultRGB [/CalRGB << /WhitePoint [0.9505 1 1.089] /Gamma [0 0 0] >>] >>';

describe('page resources on more than one level', () => {
  it('a /Resources on the /Pages node as well as on every page is tampered-document', async () => {
    const { catalog, table } = pageAndCatalog(good, 3);
    const ref = catalog.dict.v.get('Pages');
    if (!isRef(ref)) throw new Error('no page tree');
    const root = table.get(ref.n) as PdfDict;
    const bytes = rewriteOneRevision(good, new Map([[ref.n, withEntries(root, { Resources: `<< /ColorSpace ${WHITE_RGB} >>` })]]));
    const r = await filingFindings(bytes, env);
    expect(r.integrity).toBe('tampered');
  });

  it('a form XObject with its own /Resources among the page resources is tampered-document', async () => {
    const { page, table, size } = pageAndCatalog(good, 3);
    const res = page.dict.v.get('Resources');
    if (!isRef(res)) throw new Error('page 3 resources are not an object');
    const resources = table.get(res.n) as PdfDict;
    const form = stream(`/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /ColorSpace ${WHITE_RGB} >>`, '');
    const bytes = rewriteOneRevision(
      good,
      new Map<number, string | Buffer>([
        [res.n, withEntries(resources, { XObject: `<< /Fm1 ${size} 0 R >>` })],
        [size, form],
      ]),
    );
    const r = await filingFindings(bytes, env);
    expect(r.integrity).toBe('tampered');
  });
});
