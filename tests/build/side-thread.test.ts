/**
 * `catalog build` makes the DOCX and HTML on a worker thread while the main thread paints the PDFs:
 * the files are the ones a single-threaded render gives, and the worker's errors reach the user as before.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { renderCatalogue } from '../../src/build/render.js';
import type { SideJob, SideOutput } from '../../src/build/side.js';
import { templatesDir, toolVersion } from '../../src/util/paths.js';
import { findAddedItemIds, layoutPortal } from '../../src/render/layout/index.js';
import { checkCatalogue } from '../filing/helpers.js';
import { repoRoot, runCli } from '../helpers/cli.js';

const work = mkdtempSync(join(tmpdir(), 'catalog-side-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const templates = {
  notice: readFileSync(join(templatesDir, 'notice.hbs'), 'utf8'),
  filing: readFileSync(join(templatesDir, 'filing.hbs'), 'utf8'),
  portal: readFileSync(join(templatesDir, 'portal.hbs'), 'utf8'),
};

async function builtSideThread(): Promise<SideThreadClass> {
  const built = join(repoRoot, 'lib', 'build', 'side-thread.js');
  return ((await import(pathToFileURL(built).href)) as { SideThread: SideThreadClass }).SideThread;
}

describe('build with the DOCX/HTML worker', () => {
  it('writes byte for byte what a render in one thread gives', async () => {
    const out = join(work, 'dist');
    const r = runCli(['build', 'catalogues/weihui.yaml', '-o', out]);
    expect(r.status, r.stderr).toBe(0);
    const checked = checkCatalogue('catalogues/weihui.yaml');
    const date = { iso: checked.resolved!.document.date!, undated: false };
    const selection = { notice: true, filing: true, html: true, docx: true, pdf: true };
    const files = await renderCatalogue({ checked, date, templates, selection, profile: 'gbt9704', toolVersion: toolVersion() });
    expect(readdirSync(out).sort()).toEqual(files.map((f) => f.name).sort());
    for (const file of files) {
      const expected = typeof file.bytes === 'string' ? Buffer.from(file.bytes) : Buffer.from(file.bytes);
      expect(readFileSync(join(out, file.name)).equals(expected), file.name).toBe(true);
    }
  });

  it('reports a broken portal.hbs (rendered on the worker) as a template error, without a stack, writing nothing', () => {
    const dir = mkdtempSync(join(work, 'templates-'));
    writeFileSync(join(dir, 'portal.hbs'), '<p>{{#each items}}{{name}}</p>');
    const out = join(work, 'broken');
    const r = runCli(['build', 'catalogues/weihui.yaml', '-o', out, '--templates', dir]);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/模板 portal\.hbs 有误/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });

  it('a job that fails on the worker rejects with its error, and the worker takes the next job', async () => {
    const SideThread = await builtSideThread();
    const side = SideThread.start();
    expect(side, 'lib/build/side-worker.js is built by pretest').toBeDefined();
    try {
      const broken: SideJob = { catalogueId: 'x', docx: [['notice', {} as never]], profile: 'gbt9704', sourceSha256: '' };
      await expect(side!.render(broken)).rejects.toThrow();
      const checked = checkCatalogue('catalogues/weihui.yaml');
      const catalogue = checked.resolved!;
      const page = layoutPortal({
        catalogue,
        addedItemIds: findAddedItemIds(catalogue, checked.baseline),
        sourceSha256: checked.loaded.sha256,
        date: '2020-10-26',
        undated: false,
        templates: { notice: '', filing: '' },
      });
      const good = await side!.render({ catalogueId: 'y', docx: [], html: { page, template: '{{title}}' }, profile: 'gbt9704', sourceSha256: '' });
      expect(good.html.map((f) => [f.name, f.bytes])).toEqual([['y.html', `${catalogue.title}\n`]]);
    } finally {
      await side!.close();
    }
  });
});

interface SideThreadClass {
  start(url?: URL): SideLike | undefined;
}

interface SideLike {
  render(job: SideJob): Promise<SideOutput>;
  close(): Promise<void>;
}

describe('a DOCX/HTML worker that dies', () => {
  it('rejects its job with SideThreadError, and renderCatalogue then makes the files in its own thread', async () => {
    const script = join(work, 'dying-worker.mjs');
    writeFileSync(script, 'process.exit(3);\n');
    const SideThread = await builtSideThread();
    const dying = SideThread.start(pathToFileURL(script))!;
    const checked = checkCatalogue('catalogues/weihui.yaml');
    const date = { iso: checked.resolved!.document.date!, undated: false };
    const selection = { notice: true, filing: false, html: true, docx: true, pdf: false };
    const req = { checked, date, templates, selection, profile: 'gbt9704' as const, toolVersion: toolVersion() };
    try {
      const job: SideJob = { catalogueId: 'x', docx: [], html: { page: {} as never, template: '' }, profile: 'gbt9704', sourceSha256: '' };
      await expect(dying.render(job)).rejects.toMatchObject({ name: 'SideThreadError' });
      const viaDead = await renderCatalogue(req, dying);
      const here = await renderCatalogue(req);
      expect(viaDead.map((f) => f.name)).toEqual(['weihui.notice.docx', 'weihui.html']);
      expect(viaDead).toEqual(here);
    } finally {
      await dying.close();
    }
  });
});
