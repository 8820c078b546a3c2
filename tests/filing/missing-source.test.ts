/** missing-source: a filing that cannot be read, or whose PDF carries no (complete) embedded source. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { VerifyEnv } from '../../src/filing/verify.js';
import {
  buildFiling,
  checkCatalogue,
  embeddedFiles,
  filingDocument,
  has,
  renderWithFiles,
  run,
  tempDir,
  verify,
  verifyEnv,
  filingFindings,
} from './helpers.js';

const rule = 'missing-source';
const dir = tempDir();
let env: VerifyEnv;
let good: Uint8Array;

beforeAll(async () => {
  env = verifyEnv(dir);
  good = await buildFiling(checkCatalogue('catalogues/weihui.yaml'));
});

describe(rule, () => {
  it('reports a PDF without embedded files (exported from Word, scanned, re-saved)', async () => {
    const bare = await renderWithFiles(filingDocument(checkCatalogue('catalogues/weihui.yaml')), new Map());
    expect(await filingFindings(bare, env)).toEqual({ integrity: 'missing-source', found: [{ rule, messageId: 'default', data: {} }] });
  });

  it.each([
    ['empty', new Uint8Array(), 'empty'],
    ['a text file', new TextEncoder().encode('这不是 PDF，是一封说明信。\n'), 'notPdf'],
    ['a PDF header over garbage', new TextEncoder().encode('%PDF-1.7\n这里什么都没有\n%%EOF\n'), 'damaged'],
  ])('reports %s as unreadable (%s)', async (_what, bytes, messageId) => {
    const r = await filingFindings(bytes, env);
    expect(r.integrity).toBe('unreadable');
    expect(r.found.map((f) => [f.rule, f.messageId])).toEqual([[rule, messageId]]);
  });

  it('says what a non-PDF file starts with', async () => {
    const r = await filingFindings(new TextEncoder().encode('这不是 PDF，是一封说明信。\n'), env);
    expect(r.found[0]?.data?.detail).toBe('这不是 PDF，是一封说明信。');
  });

  it('recognises a zip archive renamed .pdf and a truncated download', async () => {
    expect((await filingFindings(zipSync({ 'weihui.filing.pdf': good }), env)).found[0]?.messageId).toBe('zip');
    const half = await filingFindings(good.subarray(0, Math.floor(good.length / 2)), env);
    expect(half.found).toEqual([{ rule, messageId: 'truncated', data: { detail: String(Math.floor(good.length / 2)), size: Math.floor(good.length / 2) } }]);
  });

  it.skipIf(!has('qpdf'))('reports a password-protected PDF as encrypted', async () => {
    writeFileSync(join(dir, 'good.pdf'), good);
    run('qpdf', ['--encrypt', 'user', 'owner', '256', '--', join(dir, 'good.pdf'), join(dir, 'encrypted.pdf')]);
    const r = await verify(join(dir, 'encrypted.pdf'), env);
    expect(r.result.diagnostics.map((d) => [d.rule, d.line, d.column, d.file])).toEqual([[rule, 1, 1, 'encrypted.pdf']]);
    expect(r.result.diagnostics[0]?.message).toContain('加密');
  });
  if (!has('qpdf')) console.warn('skipping the encrypted-PDF case: qpdf not installed');

  it('reports an embedded source without the build manifest, and still checks the source', async () => {
    const files = await embeddedFiles(good);
    files.delete('manifest.json');
    const r = await filingFindings(await renderWithFiles(filingDocument(checkCatalogue('catalogues/weihui.yaml')), files, { CatalogueId: 'weihui' }), env);
    expect(r).toEqual({ integrity: 'unverified', found: [{ rule, messageId: 'noManifest', data: { names: 'manifest.json' } }] });
  });

  it('treats a malformed manifest as none', async () => {
    const files = await embeddedFiles(good);
    const manifest = JSON.parse(new TextDecoder().decode(files.get('manifest.json'))) as Record<string, unknown>;
    files.set('manifest.json', new TextEncoder().encode(JSON.stringify({ ...manifest, parents: 'parent-1.yaml' })));
    const r = await filingFindings(await renderWithFiles(filingDocument(checkCatalogue('catalogues/weihui.yaml')), files, { CatalogueId: 'weihui' }), env);
    expect(r.found.map((f) => f.messageId)).toEqual(['noManifest']);
  });

  it('reports a manifest whose files are not all there', async () => {
    const files = await embeddedFiles(good);
    files.delete('filing.hbs');
    const r = await filingFindings(await renderWithFiles(filingDocument(checkCatalogue('catalogues/weihui.yaml')), files), env);
    expect(r).toEqual({ integrity: 'unverified', found: [{ rule, messageId: 'incomplete', data: { names: 'filing.hbs' } }] });
  });

  it('refuses a file over --max-size without reading it, and reports an unreadable path', async () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'big.pdf'), good);
    const big = await verify(join(dir, 'big.pdf'), verifyEnv(dir, undefined, 1024));
    expect(big.result).toMatchObject({ integrity: 'unreadable', status: 'error' });
    expect(big.result.diagnostics[0]?.message).toMatch(/^文件有 0\.\d MB，超过上限 0\.0 MB，未读取/);
    const gone = await verify(join(dir, 'gone.pdf'), { ...env, sizeOf: () => undefined });
    expect(gone.result.diagnostics.map((d) => d.rule)).toEqual([rule]);
  });

  it('is quiet for a filing made by catalog build', async () => {
    expect(await filingFindings(good, env)).toEqual({ integrity: 'ok', found: [] });
  });
});
