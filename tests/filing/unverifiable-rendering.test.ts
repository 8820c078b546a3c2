/** unverifiable-rendering: a filing from another render version is accepted only when it paints exactly as this version does. */
import { beforeAll, describe, expect, it } from 'vitest';
import { RENDER_VERSION } from '../../src/render/version.js';
import type { VerifyEnv } from '../../src/filing/verify.js';
import { buildFiling, checkCatalogue, filingFindings, tempDir, verifyEnv } from './helpers.js';

let env: VerifyEnv;

beforeAll(() => {
  env = verifyEnv(tempDir());
});

describe('render versions', () => {
  it('a filing of another render version that paints otherwise is unverifiable-rendering, naming the version', async () => {
    const other = await buildFiling(checkCatalogue('tests/filing/fixtures/weihui-dropped-channel.yaml'), {
      docs: checkCatalogue('catalogues/weihui.yaml'),
      claims: { render: 0 },
    });
    const r = await filingFindings(other, env);
    expect(r.integrity).toBe('unverified');
    expect(r.found).toHaveLength(1);
    expect(r.found[0]).toMatchObject({ rule: 'unverifiable-rendering', messageId: 'default', data: { theirs: '—', ours: RENDER_VERSION } });
  });

  it('a filing of another render version that paints the same is ok', async () => {
    const older = await buildFiling(checkCatalogue('catalogues/weihui.yaml'), { toolVersion: '0.0.9', claims: { render: 0 } });
    expect(await filingFindings(older, env)).toEqual({ integrity: 'ok', found: [] });
  });
});
