/** other-version: a filing made by another tool version, with other fonts or by another zlib is compared page by page instead. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { VerifyEnv } from '../../src/filing/verify.js';
import { toolVersion } from '../../src/paths.js';
import { buildFiling, checkCatalogue, embeddedFiles, filingDocument, renderWithFiles, tempDir, verify, verifyEnv, filingFindings } from './helpers.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const rule = 'other-version';
const dir = tempDir();
let env: VerifyEnv;

beforeAll(() => {
  env = verifyEnv(dir);
});

describe(rule, () => {
  it('warns about a filing from another tool version whose pages read the same', async () => {
    const older = await buildFiling(checkCatalogue('catalogues/weihui.yaml'), { toolVersion: '0.0.9' });
    expect(await filingFindings(older, env)).toEqual({
      integrity: 'other-version',
      found: [{ rule, messageId: 'default', data: { theirs: 'catalog 0.0.9', ours: `catalog ${toolVersion()}` } }],
    });
    writeFileSync(join(dir, 'older.pdf'), older);
    const r = await verify(join(dir, 'older.pdf'), env);
    expect(r.result).toMatchObject({ status: 'warning', integrity: 'other-version', ok: true });
    expect(r.result.diagnostics.filter((d) => d.severity !== 'info').map((d) => [d.rule, d.severity, d.line, d.column])).toEqual([[rule, 'warning', 1, 1]]);
  });

  it('warns about a filing made with other fonts, naming them', async () => {
    const checked = checkCatalogue('catalogues/weihui.yaml');
    const files = await embeddedFiles(await buildFiling(checked));
    const manifest = JSON.parse(new TextDecoder().decode(files.get('manifest.json'))) as { fonts: string[] };
    const office = 'fang=FangSong_GB2312 (C:/Windows/Fonts/仿宋_GB2312.ttf)';
    manifest.fonts = manifest.fonts.map((f) => (f.startsWith('fang=') ? office : f));
    files.set('manifest.json', new TextEncoder().encode(JSON.stringify(manifest, null, 2) + '\n'));
    const r = await filingFindings(await renderWithFiles(filingDocument(checked), files), env);
    expect(r).toEqual({ integrity: 'other-version', found: [{ rule, messageId: 'fonts', data: { theirs: office } }] });
  });

  it('warns about a filing whose streams another zlib compressed (another Node.js), naming both', async () => {
    const checked = checkCatalogue('catalogues/weihui.yaml');
    const files = await embeddedFiles(await buildFiling(checked));
    const manifest = JSON.parse(new TextDecoder().decode(files.get('manifest.json'))) as { zlib?: string };
    expect(manifest.zlib).toBe(process.versions.zlib);
    manifest.zlib = '1.2.12';
    files.set('manifest.json', new TextEncoder().encode(JSON.stringify(manifest, null, 2) + '\n'));
    const r = await filingFindings(await renderWithFiles(filingDocument(checked), files), env);
    expect(r).toEqual({ integrity: 'other-version', found: [{ rule, messageId: 'zlib', data: { theirs: '1.2.12', ours: process.versions.zlib } }] });
  });

  it('gives way to tampered-document when the pages of another version differ from its source', async () => {
    const swapped = await buildFiling(checkCatalogue('tests/filing/fixtures/weihui-dropped-channel.yaml'), { docs: checkCatalogue('catalogues/weihui.yaml'), toolVersion: '0.0.9' });
    const r = await filingFindings(swapped, env);
    expect(r.integrity).toBe('tampered');
    expect(r.found.map((f) => f.rule)).toEqual(['tampered-document']);
  });

  it('is quiet for a filing made by this version', async () => {
    expect(await filingFindings(await buildFiling(checkCatalogue('catalogues/weihui.yaml')), env)).toEqual({ integrity: 'ok', found: [] });
  });
});
