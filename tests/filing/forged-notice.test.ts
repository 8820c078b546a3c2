/** The manifest's `part` is the filing's own claim (red-team finding a7): a filing that says it is the notice is still rebuilt and compared. */
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeStream, isDict, isName } from '../../src/filing/pdf-syntax.js';
import type { VerifyEnv } from '../../src/filing/verify.js';
import { appendUpdate, objectsOf, pageAndCatalog, pdf, stream } from './forge.js';
import { buildFiling, checkCatalogue, filingFindings, tempDir, verifyEnv } from './helpers.js';

let env: VerifyEnv;
let good: Uint8Array;

/** The object number and JSON of the embedded manifest.json. */
function manifestObject(bytes: Uint8Array): [number, Record<string, unknown>] {
  const { table, size } = objectsOf(bytes);
  for (let n = 1; n < size; n++) {
    const v = table.has(n) ? table.get(n) : null;
    if (!isDict(v) || !isName(v.v.get('Type'), 'EmbeddedFile')) continue;
    try {
      const json = JSON.parse(Buffer.from(decodeStream(v)).toString('utf8')) as Record<string, unknown>;
      if ('part' in json) return [n, json];
    } catch {
      /* not the manifest */
    }
  }
  throw new Error('no manifest.json');
}

beforeAll(async () => {
  env = verifyEnv(tempDir());
  good = await buildFiling(checkCatalogue('catalogues/weihui.yaml'));
});

describe('a filing that claims to be the notice', () => {
  it('an update that blanks a cell and sets "part": "notice" is tampered, not skipped (a7)', async () => {
    const [num, manifest] = manifestObject(good);
    const json = JSON.stringify({ ...manifest, part: 'notice' }, null, 2);
    const { page, size } = pageAndCatalog(good, 3);
    const contents = page.dict.v.get('Contents');
    const forged = appendUpdate(
      good,
      new Map<number, string | Buffer>([
        [num, stream(`/Type /EmbeddedFile /Subtype /application#2fjson /Params << /Size ${Buffer.byteLength(json)} >>`, Buffer.from(json, 'utf8'))],
        [size, stream('', 'q 1 1 1 rg 90 300 420 40 re f Q')],
        [
          page.num,
          `<<${[...page.dict.v].map(([k, v]) => (k === 'Contents' ? `/Contents [${pdf(contents ?? null)} ${size} 0 R]` : `/${k} ${pdf(v)}`)).join(' ')}>>`,
        ],
      ]),
    );
    const r = await filingFindings(forged, env);
    expect(r.integrity).toBe('tampered');
    expect(r.found.map((f) => f.rule)).not.toContain('unverified-file');
  });
});
