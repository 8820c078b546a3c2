/**
 * Catalog entries no part of verify compared (round 9, p10). One revision (qpdf) whose catalog adds what the
 * rebuild never writes and pdf.js does not act on: article threads (/Threads: Acrobat's Articles panel and
 * reading mode), an optional content configuration (/OCProperties), /Requirements and /Legal (what a reader
 * must support or warns about), a /URI base, /Version 2.0, /PieceInfo, or drops the PDF/A-3 associated files
 * (/AF). pdf.js's operator list, document info and the compared parts were the rebuild's, so verify said ok.
 * A rule: the catalog is compared entry by entry (the page tree aside), as the rebuild writes it.
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

/** The filing written again by qpdf as one revision, its catalog given `entries` (and `more(size)` objects). */
function catalogWith(entries: (size: number) => Record<string, string>, more: (size: number) => Map<number, string> = () => new Map()): Uint8Array {
  const { catalog, size } = pageAndCatalog(good, 1);
  return oneRevision(appendUpdate(good, new Map<number, string>([...more(size), [catalog.num, withEntries(catalog.dict, entries(size))]])));
}

describe('catalog entries pdf.js does not act on', () => {
  const cases: [string, (size: number) => Record<string, string>, ((size: number) => Map<number, string>)?][] = [
    ['/Threads (an article thread)', () => ({ Threads: '[<< /Type /Thread /I << /Title (x) >> >>]' })],
    [
      '/OCProperties with its group off',
      (size) => ({ OCProperties: `<< /OCGs [${size} 0 R] /D << /OFF [${size} 0 R] >> >>` }),
      (size) => new Map([[size, '<< /Type /OCG /Name (a) >>']]),
    ],
    [
      '/Requirements, /Legal and /URI',
      () => ({ Legal: '<< /JavaScriptActions 1 >>', Requirements: '[<< /Type /Requirement /S /EnableJavaScripts >>]', URI: '<< /Base (http://x/) >>' }),
    ],
    ['/Version /2.0 and /PieceInfo', () => ({ Version: '/2.0', PieceInfo: '<< /X << /Private 1 >> >>' })],
    ['/AF [] (the associated files dropped)', () => ({ AF: '[]' })],
  ];
  for (const [name, entries, more] of cases) {
    it.skipIf(!has('qpdf'))(`a catalog with ${name} is tampered-document`, async () => {
      const r = await filingFindings(catalogWith(entries, more), env);
      expect(r.integrity).toBe('tampered');
      expect(r.found).toContainEqual(
        expect.objectContaining({ rule: 'tampered-document', messageId: 'document', data: expect.objectContaining({ part: 'catalog' }) }),
      );
    });
  }

  it.skipIf(!has('qpdf'))('the catalog written again unchanged stays ok', async () => {
    expect(
      (
        await filingFindings(
          catalogWith(() => ({})),
          env,
        )
      ).integrity,
    ).toBe('ok');
  });
});
