/**
 * The catalog's /ViewerPreferences as pdf.js returns them: values it finds invalid are dropped. One revision whose
 * preferences add `/PrintPageRange [1 4 6 99]` (print pages 1–4 and 6–99 of 18): pdf.js drops the range (99 is
 * past the last page), so the viewer part was the rebuild's; a reader that clamps the range prints the filing
 * without page 5. Red-team round 8 (p7; a rule, no viewer here honours PrintPageRange).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { isRef, type PdfDict } from '../../src/filing/pdf-syntax.js';
import type { VerifyEnv } from '../../src/filing/verify.js';
import { pageAndCatalog, rewriteOneRevision, withEntries } from './forge.js';
import { buildFiling, checkCatalogue, filingFindings, tempDir, verifyEnv } from './helpers.js';

let env: VerifyEnv;
let good: Uint8Array;

beforeAll(async () => {
  env = verifyEnv(tempDir());
  good = await buildFiling(checkCatalogue('catalogues/weihui.yaml'));
});

/** The filing with `entries` added to its catalog's /ViewerPreferences. */
function withPreferences(entries: Record<string, string>): Uint8Array {
  const { catalog, table } = pageAndCatalog(good, 1);
  const prefs = catalog.dict.v.get('ViewerPreferences');
  if (isRef(prefs)) return rewriteOneRevision(good, new Map([[prefs.n, withEntries(table.get(prefs.n) as PdfDict, entries)]]));
  return rewriteOneRevision(
    good,
    new Map([[catalog.num, withEntries(catalog.dict, { ViewerPreferences: withEntries((prefs as PdfDict) ?? { t: 'dict', v: new Map() }, entries) })]]),
  );
}

describe('viewer preferences pdf.js drops', () => {
  it('/PrintPageRange [1 4 6 99] (page 5 left out of printing, the range past the last page) is tampered-document', async () => {
    const r = await filingFindings(withPreferences({ PrintPageRange: '[1 4 6 99]' }), env);
    expect(r.integrity).toBe('tampered');
    expect(r.found).toContainEqual(expect.objectContaining({ messageId: 'document', data: expect.objectContaining({ part: 'viewer' }) }));
  });

  it('the preferences written again unchanged stay ok', async () => {
    const r = await filingFindings(withPreferences({}), env);
    expect(r.integrity).toBe('ok');
  });
});
