/** other-version (info): bytes differ from the rebuild but the painting is identical; statements in the manifest decide nothing. */
import { beforeAll, describe, expect, it } from 'vitest';
import { RENDER_VERSION } from '../../src/render/version.js';
import type { VerifyEnv } from '../../src/filing/verify.js';
import { buildFiling, checkCatalogue, embeddedFiles, filingDocument, renderWithFiles, tempDir, verifyEnv, filingFindings } from './helpers.js';

const dir = tempDir();
let env: VerifyEnv;

beforeAll(() => {
  env = verifyEnv(dir);
});

describe('other-version', () => {
  it('is not needed for a filing from another tool version of the same render version: it is rebuilt byte for byte', async () => {
    const older = await buildFiling(checkCatalogue('catalogues/weihui.yaml'), { toolVersion: '0.0.9' });
    expect(await filingFindings(older, env)).toEqual({ integrity: 'ok', found: [] });
  });

  it('reproduces the zlib the manifest names, so a filing from another Node.js is ok', async () => {
    const other = await buildFiling(checkCatalogue('catalogues/weihui.yaml'), { claims: { zlib: '1.2.12', render: RENDER_VERSION } });
    expect(await filingFindings(other, env)).toEqual({ integrity: 'ok', found: [] });
  });

  it('does not let a manifest that claims other fonts pass a filing whose embedded files were re-made', async () => {
    const checked = checkCatalogue('catalogues/weihui.yaml');
    const files = await embeddedFiles(await buildFiling(checked));
    const manifest = JSON.parse(new TextDecoder().decode(files.get('manifest.json'))) as { fonts: string[] };
    manifest.fonts = manifest.fonts.map((f) => (f.startsWith('fang=') ? 'fang=FangSong_GB2312 (C:/Windows/Fonts/仿宋_GB2312.ttf)' : f));
    files.set('manifest.json', new TextEncoder().encode(JSON.stringify(manifest, null, 2) + '\n'));
    const r = await filingFindings(await renderWithFiles(filingDocument(checked), files), env);
    expect(r).toEqual({
      integrity: 'tampered',
      found: [{ rule: 'tampered-document', messageId: 'document', data: { part: 'attachments', partName: { zh: '内嵌文件', en: 'embedded files' } } }],
    });
  });

  it('a claim of another zlib does not excuse other pages', async () => {
    const swapped = await buildFiling(checkCatalogue('tests/filing/fixtures/weihui-dropped-channel.yaml'), {
      docs: checkCatalogue('catalogues/weihui.yaml'),
      toolVersion: '0.0.9',
      claims: { zlib: '1.2.12', render: RENDER_VERSION },
    });
    const r = await filingFindings(swapped, env);
    expect(r.integrity).toBe('tampered');
    expect(r.found.map((f) => f.rule)).toEqual(['tampered-document']);
  });

  it('is quiet for a filing made by this version', async () => {
    expect(await filingFindings(await buildFiling(checkCatalogue('catalogues/weihui.yaml')), env)).toEqual({ integrity: 'ok', found: [] });
  });
});
