/**
 * Unsigned updates after a signature (spec §7: later updates may only add a signature with its seal; anything
 * else is tampered-document). Validation data (/DSS, PAdES LTV) is the one kind of unsigned update allowed after
 * a signature. An update that writes no object at all, or only gives the trailer a new /ID, passed as if it were
 * one: verify said ok and named only the signature, not the revision after it. Red-team round 8 (p4).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { VerifyEnv } from '../../src/filing/verify.js';
import { appendUpdate, objectsOf, pageAndCatalog, withEntries } from './forge.js';
import { buildFiling, checkCatalogue, filingFindings, tempDir, verifyEnv } from './helpers.js';
import { sealFiling } from './sign.js';

let env: VerifyEnv;
let signed: Uint8Array;

beforeAll(async () => {
  env = verifyEnv(tempDir());
  signed = await sealFiling(await buildFiling(checkCatalogue('catalogues/weihui.yaml')), 'Weihui Education Bureau');
});

/** The signed filing's trailer /ID replaced in an update that writes `objects`. */
function withId(objects: ReadonlyMap<number, string>, id?: string): Uint8Array {
  const bytes = Buffer.from(appendUpdate(signed, objects));
  if (id === undefined) return new Uint8Array(bytes);
  const text = bytes.toString('latin1');
  const at = text.lastIndexOf('/ID [');
  const end = text.indexOf(']', at) + 1;
  return new Uint8Array(Buffer.concat([bytes.subarray(0, at), Buffer.from(`/ID [${id}]`.padEnd(end - at, ' ')), bytes.subarray(end)]));
}

describe('an unsigned update after a signature', () => {
  it('that writes nothing is tampered-document', async () => {
    const r = await filingFindings(withId(new Map()), env);
    expect(r.integrity).toBe('tampered');
    expect(r.found).toContainEqual(expect.objectContaining({ messageId: 'revision', data: expect.objectContaining({ revision: 3, what: 'no signature' }) }));
  });

  it('that only gives the trailer a new /ID is tampered-document', async () => {
    const r = await filingFindings(withId(new Map(), `<${'ab'.repeat(16)}> <${'cd'.repeat(16)}>`), env);
    expect(r.integrity).toBe('tampered');
  });

  it('that adds validation data (/DSS) stays ok', async () => {
    const { catalog } = pageAndCatalog(signed, 1);
    const { size } = objectsOf(signed);
    const r = await filingFindings(
      withId(
        new Map([
          [size, '<< /Certs [] >>'],
          [catalog.num, withEntries(catalog.dict, { DSS: `${size} 0 R` })],
        ]),
      ),
      env,
    );
    expect(r.integrity).toBe('ok');
  });
});
