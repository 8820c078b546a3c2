/** A real client opens the DOCX: LibreOffice converts it to PDF, and poppler reads the pages back. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src/render/docx/index.js';
import { convertWithLibreOffice, has, writeFontsConf } from '../../helpers/libreoffice.js';
import { pageSizes, rendered, tempPdf, words } from '../pdf/fixtures.js';
import { itemNames, officialDocument } from './fixture.js';

const tools = ['soffice', 'pdftotext', 'pdfinfo'];
const missing = tools.filter((t) => !has(t));
if (missing.length > 0) console.warn(`skipping DOCX → PDF checks: ${missing.join(', ')} not installed`);

const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: 'utf8' }).stdout;
/** pdftotext in content-stream order, whitespace removed: a cell's wrapped lines join up again. */
const flatText = (pdf: string) => run('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-']).replace(/\s+/g, '');
/** The 序号 of the table rows on each landscape page: the numbers in the first column, right of the 37 mm margin. */
const numbersByPage = (pdf: string): number[][] =>
  pageSizes(pdf).flatMap((size, i) =>
    size.width < size.height
      ? []
      : [
          words(pdf, i + 1)
            .filter((w) => /^\d{1,3}$/.test(w.text) && w.xMin > FIRST_COLUMN.from && w.xMax < FIRST_COLUMN.to)
            .map((w) => Number(w.text))
            .sort((a, b) => a - b),
        ],
  );
/** The 序号 column of a landscape page, in points from its left edge (37 mm margin, an 8 mm column). */
const FIRST_COLUMN = { from: 100, to: 135 };

describe.skipIf(missing.length > 0)('LibreOffice opens the DOCX', () => {
  const dir = mkdtempSync(join(tmpdir(), 'catalog-docx-lo-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows the title, 附件, every item and the 版记, on portrait and landscape pages', async () => {
    const doc = officialDocument('catalogues/weihui.yaml', 'notice');
    const file = join(dir, 'weihui.notice.docx');
    writeFileSync(file, await renderDocx(doc, { profile: 'gbt9704', sourceSha256: doc.info.sourceSha256 }));
    const pdf = convertWithLibreOffice(file, dir, writeFontsConf(join(dir, 'fonts')));

    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(3);
    const sizes = run('pdfinfo', ['-f', '1', '-l', String(pages), pdf]);
    expect(sizes).toMatch(/Page\s+1 size:\s+595\.\d+ x 841\.\d+/);
    expect(sizes).toMatch(/size:\s+841\.\d+ x 595\.\d+/);

    const text = flatText(pdf);
    expect(text).toContain(doc.info.title);
    expect(text).toContain('卫辉市教育局文件');
    expect(text).toContain('附件');
    for (const name of itemNames(doc)) expect(text, name).toContain(name);
    expect(text).toContain('2020年10月26日印发');
    // The header rows come back on every table page.
    expect(text.split('公开渠道').length - 1).toBeGreaterThan(1);
  });

  it('breaks the 附件 table over the same rows as the PDF, so the 版记 falls on the same page', async () => {
    for (const kind of ['notice', 'filing'] as const) {
      const doc = officialDocument('catalogues/weihui.yaml', kind);
      const file = join(dir, `weihui.${kind}.docx`);
      writeFileSync(file, await renderDocx(doc, { profile: 'gbt9704', sourceSha256: doc.info.sourceSha256 }));
      const fromWord = numbersByPage(convertWithLibreOffice(file, dir, writeFontsConf(join(dir, 'fonts'))));
      const fromPdf = numbersByPage(tempPdf(await rendered('catalogues/weihui.yaml', kind), `weihui.${kind}.pdf`));
      expect(fromWord, kind).toEqual(fromPdf);
    }
  }, 300_000);
});
