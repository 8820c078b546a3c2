/** Page furniture on harder documents: long names stay in the 版心, the 版记 lands on an even page, blank pages carry no number. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { OfficialDocument } from '../../../src/model/index.js';
import { LANDSCAPE_FRAME, PORTRAIT_FRAME } from '../../../src/render/pdf/geometry.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { example, needs, pageSizes, pageText, rendered, run, tempPdf, words, type Word } from './fixtures.js';

const LONG = 'tests/render/pdf/fixtures/long-names.yaml';
const BARE = 'tests/render/layout/fixtures/bare.yaml';

describe.skipIf(!needs('pdftotext', 'pdfinfo'))('pages of harder documents', () => {
  const files = new Map<string, string>();
  beforeAll(async () => {
    for (const file of [LONG, BARE]) for (const part of ['notice', 'filing'] as const) files.set(`${file}#${part}`, tempPdf(await rendered(file, part)));
  });

  it.each(
    [LONG, BARE].flatMap(
      (f) =>
        [
          [f, 'notice'],
          [f, 'filing'],
        ] as const,
    ),
  )('%s %s: every word but the page number inside the 版心', (file, part) => {
    const path = files.get(`${file}#${part}`)!;
    pageSizes(path).forEach((size, i) => {
      const frame = size.width < size.height ? PORTRAIT_FRAME : LANDSCAPE_FRAME;
      const [right, bottom] = [frame.left + frame.width + 0.01, frame.top + frame.height + 0.01];
      const pageNumber = (w: Word): boolean => /^(—|\d+)$/.test(w.text) && (w.yMin >= bottom || w.xMax <= frame.left);
      for (const w of words(path, i + 1).filter((x) => !pageNumber(x))) {
        const where = `${w.text} on page ${i + 1}`;
        expect(w.xMin, where).toBeGreaterThanOrEqual(frame.left - 0.01);
        expect(w.xMax, where).toBeLessThanOrEqual(right);
        expect(w.yMin, where).toBeGreaterThanOrEqual(frame.top - 2); // a font's ascent may reach above the em box
        expect(w.yMax, where).toBeLessThanOrEqual(bottom + 2);
      }
    });
  });

  it('re-balances a title whose given lines are wider than the 版心', async () => {
    const ex = example(BARE);
    const body = ex.notice.body.map((b) => (b.kind === 'title' ? { ...b, lines: [b.text] } : b)); // one 34-character line
    const path = tempPdf(await renderPdf({ ...ex.notice, body }, ex.options));
    const title = words(path, 1).filter((w) => w.yMax - w.yMin > 25 && w.yMax - w.yMin < 40); // the 22 pt lines
    expect(title.length).toBe(2);
    for (const w of title) {
      expect(w.xMin).toBeGreaterThanOrEqual(PORTRAIT_FRAME.left);
      expect(w.xMax).toBeLessThanOrEqual(PORTRAIT_FRAME.left + PORTRAIT_FRAME.width);
    }
    expect(title.map((w) => w.text).join('')).toBe('某某县教育局关于印发《某某县义务教育领域基层政务公开标准目录》的通知');
  });

  it('wraps a long 抄送 and keeps the 版记 on the last, even page', () => {
    const path = files.get(`${LONG}#notice`)!;
    const sizes = pageSizes(path);
    expect(sizes.length % 2).toBe(0);
    const last = pageText(path, sizes.length);
    expect(last).toContain('抄送：某某市教育局，某某土家族苗族自治县人民政府办公室，');
    expect(last).toContain('2020年12月1日印发');
  });

  it('has no 版记 page when a filing has nobody to copy to', () => {
    const path = files.get(`${BARE}#filing`)!;
    const sizes = pageSizes(path);
    expect(sizes.at(-1)!.width).toBeGreaterThan(sizes.at(-1)!.height); // ends with the table
    expect(pageText(path, sizes.length)).not.toContain('印发');
  });

  it('puts a blank page before the 版记 when it would fall on an odd page; neither carries a number', async () => {
    const ex = example('catalogues/weihui.yaml');
    const notice: OfficialDocument = ex.notice;
    // Drop groups until the table ends on an odd page, so that the 版记 would be odd.
    for (let keep = notice.attachment.table.groups.length; keep > 0; keep--) {
      const doc = {
        ...notice,
        attachment: { ...notice.attachment, table: { ...notice.attachment.table, groups: notice.attachment.table.groups.slice(0, keep) } },
      };
      const path = tempPdf(await renderPdf(doc, ex.options));
      const count = pageSizes(path).length;
      if (pageText(path, count - 1) !== '') continue;
      expect(count % 2).toBe(0);
      expect(pageText(path, count)).not.toMatch(/—\d+—/);
      expect(pageText(path, count)).toContain('印发');
      expect(pageText(path, count - 2)).toMatch(new RegExp(`—${count - 2}—`));
      return;
    }
    throw new Error('no cut of the table gave an odd last table page');
  });

  it('cuts a row taller than a page by lines, every line kept, the header on each page', async () => {
    const ex = example('catalogues/weihui.yaml');
    const table = ex.notice.attachment.table;
    const lines = Array.from({ length: 70 }, (_, i) => `第${i + 1}项要素`);
    const [first, ...rest] = table.groups;
    const row = first!.rows[0]!;
    const tall = { ...row, cells: row.cells.map((cell, i) => (i === 2 ? { ...cell, lines } : cell)) };
    const groups = [{ ...first!, rows: [tall, ...first!.rows.slice(1)] }, ...rest];
    const doc = { ...ex.notice, attachment: { ...ex.notice.attachment, table: { ...table, groups } } };
    const path = tempPdf(await renderPdf(doc, ex.options));
    const text = run('pdftotext', ['-raw', path, '-']).replace(/\s+/g, '');
    for (const line of lines) expect(text).toContain(line);
    const landscape = pageSizes(path).flatMap((size, i) => (size.width > size.height ? [i + 1] : []));
    const withTall = landscape.filter((page) => /第\d+项要素/.test(pageText(path, page)));
    expect(withTall.length).toBeGreaterThan(1);
    for (const page of withTall) expect(pageText(path, page)).toContain('公开内容（要素）');
  });
});
