/** signed-document (info): an update that adds a signature with its seal appearance, and nothing else, is accepted. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { VerifyEnv } from '../../src/filing/verify.js';
import { paintOver } from './forge.js';
import { buildFiling, checkCatalogue, filingFindings, has, run, tempDir, verifyEnv } from './helpers.js';
import { sealFiling } from './sign.js';

const dir = tempDir();
let env: VerifyEnv;
let good: Uint8Array;
const WHITE_BOX = 'q 1 1 1 rg 90 300 420 40 re f Q';

beforeAll(async () => {
  env = verifyEnv(dir);
  good = await buildFiling(checkCatalogue('catalogues/weihui.yaml'));
  writeFileSync(join(dir, 'good.pdf'), good);
});

describe('an electronic seal', () => {
  it('added by a signature update is ok, reported with signer and time', async () => {
    const signed = await sealFiling(good, '卫辉市教育局');
    expect(await filingFindings(signed, env)).toEqual({
      integrity: 'ok',
      found: [{ rule: 'signed-document', messageId: 'default', data: { revision: 2, signer: '卫辉市教育局', time: '2026-12-03 10:00:00 +08:00' } }],
    });
  });

  it('followed by another update that paints is tampered-document', async () => {
    const signed = await sealFiling(good, '卫辉市教育局');
    const r = await filingFindings(paintOver(signed, 3, WHITE_BOX), env);
    expect(r.integrity).toBe('tampered');
    expect(r.found.map((f) => [f.rule, f.data?.revision])).toEqual([
      ['signed-document', 2],
      ['tampered-document', 3],
    ]);
  });

  it.skipIf(!has('qpdf'))('on a re-saved (linearized) filing is ok', async () => {
    run('qpdf', ['--linearize', join(dir, 'good.pdf'), join(dir, 'lin.pdf')]);
    const signed = await sealFiling(new Uint8Array(readFileSync(join(dir, 'lin.pdf'))), '卫辉市教育局');
    const r = await filingFindings(signed, env);
    expect(r.integrity).toBe('ok');
    expect(r.found.map((f) => f.rule)).toEqual(['other-version', 'signed-document']);
  });
});
