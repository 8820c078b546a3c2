/** tampered-document: the filing PDF is not what its embedded files generate (text, pages, or bytes differ). */
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

const rule = 'tampered-document';
const dir = tempDir();
let env: VerifyEnv;
let good: Uint8Array;

beforeAll(async () => {
  env = verifyEnv(dir);
  good = await buildFiling(checkCatalogue('catalogues/weihui.yaml'));
});

describe(rule, () => {
  it('says on which page the text first differs when the embedded source was swapped', async () => {
    const swapped = await buildFiling(checkCatalogue('tests/filing/fixtures/weihui-dropped-channel.yaml'), { docs: checkCatalogue('catalogues/weihui.yaml') });
    const r = await filingFindings(swapped, env);
    expect(r.integrity).toBe('tampered');
    expect(r.found).toHaveLength(1);
    expect(r.found[0]).toMatchObject({ rule, messageId: 'default' });
    const data = r.found[0]?.data ?? {};
    expect(data.page).toBeGreaterThan(2); // the 附件 table, not the report's text
    expect(String(data.actual)).toContain('政府网站');
    expect(String(data.expected)).toContain('政务新媒体');
  });

  it('names the filing itself at line 1, column 1', async () => {
    const swapped = await buildFiling(checkCatalogue('tests/filing/fixtures/weihui-dropped-channel.yaml'), { docs: checkCatalogue('catalogues/weihui.yaml') });
    writeFileSync(join(dir, 'swapped.pdf'), swapped);
    const r = await verify(join(dir, 'swapped.pdf'), env);
    const d = r.result.diagnostics.find((x) => x.rule === rule);
    expect(d).toMatchObject({ file: 'swapped.pdf', line: 1, column: 1, severity: 'error' });
    expect(d?.message).toMatch(/^备案文件第 \d+ 页的文字与内嵌源文件重新生成的不一致：收到的是“.*政府网站.*”，应为“.*政务新媒体.*”/);
  });

  it.skipIf(!has('qpdf'))('counts the pages when one was removed', async () => {
    writeFileSync(join(dir, 'good.pdf'), good);
    run('qpdf', ['--pages', join(dir, 'good.pdf'), '1-2,4-z', '--', join(dir, 'good.pdf'), join(dir, 'short.pdf')]);
    const r = await filingFindings(new Uint8Array(readFileSync(join(dir, 'short.pdf'))), env);
    expect(r.found.map((f) => f.messageId)).toEqual(['pages']);
    const pages = r.found[0]?.data ?? {};
    expect(Number(pages.expected) - Number(pages.actual)).toBe(1);
  });
  if (!has('qpdf')) console.warn('skipping the page-removed case: qpdf not installed');

  it('names the document part that differs when the pages paint the same (metadata, embedded files)', async () => {
    const resaved = await renderWithFiles(filingDocument(checkCatalogue('catalogues/weihui.yaml')), await embeddedFiles(good), { Producer: 'some PDF editor' });
    expect(await filingFindings(resaved, env)).toEqual({
      integrity: 'tampered',
      found: [{ rule, messageId: 'document', data: { part: 'attachments', partName: { zh: '内嵌文件', en: 'embedded files' } } }],
    });
  });

  it('reports a filing its embedded files cannot rebuild', async () => {
    const files = await embeddedFiles(good);
    const manifest = JSON.parse(new TextDecoder().decode(files.get('manifest.json'))) as Record<string, unknown>;
    files.set('manifest.json', new TextEncoder().encode(JSON.stringify({ ...manifest, date: '2020-13-45' })));
    const r = await filingFindings(await renderWithFiles(filingDocument(checkCatalogue('catalogues/weihui.yaml')), files), env);
    expect(r.integrity).toBe('unverified');
    expect(r.found.map((f) => [f.rule, f.messageId])).toEqual([[rule, 'rebuild']]);
  });

  it('is quiet for the filing exactly as built', async () => {
    expect(await filingFindings(good, env)).toEqual({ integrity: 'ok', found: [] });
  });
});
