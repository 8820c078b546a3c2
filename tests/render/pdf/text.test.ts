/** What a reader gets back from the PDF: the title, every item name and tick, the repeated header, and where things sit. */
import { beforeAll, describe, expect, it } from 'vitest';
import { A4, LINE_PITCH, MM, PORTRAIT_FRAME } from '../../../src/render/pdf/geometry.js';
import { example, needs, pageSizes, pageText, rendered, run, tempPdf, words, type Word } from './fixtures.js';

const WEIHUI = 'catalogues/weihui.yaml';
const CATALOGUES = ['catalogues/weihui.yaml', 'catalogues/schools/weihui-shiyan.yaml'];
const squash = (s: string): string => s.replace(/\s+/g, '');
const near = (a: number, b: number, within = 0.5): boolean => Math.abs(a - b) <= within;

describe.skipIf(!needs('pdftotext', 'pdfinfo'))('text extracted from the PDF', () => {
  const files = new Map<string, string>();
  beforeAll(async () => {
    for (const file of CATALOGUES) {
      for (const part of ['notice', 'filing'] as const) files.set(`${file}#${part}`, tempPdf(await rendered(file, part)));
    }
  });

  it.each(
    CATALOGUES.flatMap(
      (file) =>
        [
          [file, 'notice'],
          [file, 'filing'],
        ] as const,
    ),
  )('%s %s: title, every item name, 一级事项 and tick', (file, part) => {
    const doc = example(file)[part];
    // -raw keeps drawing order, so a cell's wrapped lines stay together.
    const text = squash(run('pdftotext', ['-raw', files.get(`${file}#${part}`)!, '-']));
    expect(text).toContain(squash(doc.info.title));
    for (const group of doc.attachment.table.groups) {
      expect(text).toContain(squash(group.categoryName));
      for (const row of group.rows) expect(text, row.itemId).toContain(squash(row.cells[1]!.lines.join('')));
    }
    const ticks = doc.attachment.table.groups.flatMap((g) => g.rows.flatMap((r) => r.cells)).filter((c) => c.lines[0] === '√').length;
    expect([...text].filter((c) => c === '√').length).toBe(ticks);
  });

  it.each(['notice', 'filing'] as const)('%s repeats the header rows on every landscape page', (part) => {
    const path = files.get(`${WEIHUI}#${part}`)!;
    const landscape = pageSizes(path).flatMap((size, i) => (size.width > size.height ? [i + 1] : []));
    expect(landscape.length).toBeGreaterThan(1);
    for (const page of landscape) {
      const text = pageText(path, page);
      for (const head of ['序号', '公开事项', '一级事项', '二级事项', '公开内容（要素）', '公开依据', '公开层级', '全社会', '依申请']) {
        expect(text, `page ${page}`).toContain(head);
      }
    }
  });

  it('continues a split 一级事项 with its name on the next page, never splitting a row', () => {
    const path = files.get(`${WEIHUI}#notice`)!;
    const doc = example(WEIHUI).notice;
    const landscape = pageSizes(path).flatMap((size, i) => (size.width > size.height ? [i + 1] : []));
    const seqs = landscape.map((page) =>
      words(path, page)
        .filter((w) => /^\d+$/.test(w.text) && w.xMin > 100 && w.xMax < 130)
        .sort((a, b) => a.yMin - b.yMin)
        .map((w) => Number(w.text)),
    );
    // Every 序号 appears exactly once, in order: no row is drawn twice (split) or lost.
    expect(seqs.flat()).toEqual(doc.attachment.table.groups.flatMap((g) => g.rows).map((_, i) => i + 1));
    const groupOf = new Map(doc.attachment.table.groups.flatMap((g, gi) => g.rows.map(() => gi)).map((g, i) => [i + 1, g]));
    landscape.forEach((page, i) => {
      const first = seqs[i]![0];
      if (first === undefined) return;
      const group = doc.attachment.table.groups[groupOf.get(first)!]!;
      expect(pageText(path, page), `page ${page}`).toContain(squash(group.categoryName));
    });
  });

  it('fills body lines with at most 28 characters on the 28.95 pt pitch, inside the 版心', () => {
    const path = files.get(`${WEIHUI}#notice`)!;
    const body = words(path, 2).filter((w) => w.yMax < PORTRAIT_FRAME.top + PORTRAIT_FRAME.height);
    expect(body.length).toBeGreaterThan(5);
    for (const w of body) {
      expect(w.xMin).toBeGreaterThanOrEqual(PORTRAIT_FRAME.left - 0.01);
      expect(w.xMax).toBeLessThanOrEqual(PORTRAIT_FRAME.left + PORTRAIT_FRAME.width + 0.01);
      expect([...w.text].length).toBeLessThanOrEqual(28 + 4); // digits are half width
    }
    const fullLines = body.filter((w) => near(w.xMax, PORTRAIT_FRAME.left + PORTRAIT_FRAME.width, 0.05) && /^[\u3000-\u9fff\uff00-\uffef]+$/.test(w.text));
    expect(fullLines.some((w) => [...w.text].length === 28 || [...w.text].length === 26)).toBe(true);
    // Lines set wholly in 仿宋 share one box height; their tops must sit on the grid.
    const heights = body.map((w) => (w.yMax - w.yMin).toFixed(2));
    const usual = heights.sort((a, b) => heights.filter((h) => h === b).length - heights.filter((h) => h === a).length)[0];
    const tops = body
      .filter((w) => (w.yMax - w.yMin).toFixed(2) === usual)
      .map((w) => w.yMin)
      .sort((a, b) => a - b);
    expect(tops.length).toBeGreaterThan(5);
    for (const top of tops) {
      const lines = (top - tops[0]!) / LINE_PITCH;
      expect(Math.abs(lines - Math.round(lines)), `line at ${top}`).toBeLessThan(1e-3);
    }
  });

  it('puts odd page numbers right and even ones left, one 四号 character in, on portrait and landscape pages alike', () => {
    const path = files.get(`${WEIHUI}#notice`)!;
    const sizes = pageSizes(path);
    const right = PORTRAIT_FRAME.left + PORTRAIT_FRAME.width - 14;
    const left = PORTRAIT_FRAME.left + 14;
    // GB/T 9704 §7.5: a blank page and the pages after it carry no number (the blank before the 版记 page).
    const blankBefore = /PP$/.test(sizes.map((s) => (s.width < s.height ? 'P' : 'L')).join('')) && sizes.length > 3;
    sizes.forEach((size, i) => {
      const n = i + 1;
      const dashes = words(path, n).filter((w) => w.text === '—');
      if (blankBefore && n >= sizes.length - 1) {
        expect(dashes.length, `page ${n}`).toBe(0);
        return;
      }
      expect(dashes.length, `page ${n}`).toBe(2);
      const [a, b] = dashes as [Word, Word];
      if (size.width < size.height) {
        expect(n % 2 === 1 ? near(b.xMax, right) : near(a.xMin, left), `page ${n}`).toBe(true);
        expect(a.yMin).toBeGreaterThan(PORTRAIT_FRAME.top + PORTRAIT_FRAME.height);
      } else {
        // Turned a quarter: the sheet's x runs down the landscape page, the sheet's bottom is its left edge.
        expect(n % 2 === 1 ? near(b.yMax, right) : near(a.yMin, left), `page ${n}`).toBe(true);
        expect(a.xMax).toBeLessThan(37 * MM);
        expect(near(A4.height - a.xMin, A4.height - b.xMin)).toBe(true);
      }
    });
  });
});
