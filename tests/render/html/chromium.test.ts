/**
 * The portal page (build output ID.html) in a real browser: Debian's chromium driven by playwright-core
 * (never a browser download). No console errors, no outside requests, the table as assistive technology
 * reads it, a phone width scrolling inside the table, print to A4 landscape with the header on page 2.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../../helpers/cli.js';

const CHROMIUM = process.env.CATALOG_CHROMIUM ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.warn(`SKIPPED: the portal-page browser tests need Debian's chromium at ${CHROMIUM} (apt-get install -y chromium).`);

/** Fonts for the browser from the npm font packages the PDF uses, so the page renders Chinese without system CJK fonts. */
function fontConfig(dir: string): string {
  const dirs = ['@expo-google-fonts/noto-serif-sc', '@embedpdf/fonts-sc'].map((p) => join(repoRoot, 'node_modules', p));
  const file = join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n<include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n${dirs.map((d) => `<dir>${d}</dir>`).join('\n')}\n<cachedir>${join(dir, 'fc-cache')}</cachedir>\n</fontconfig>\n`,
  );
  return file;
}

describe.skipIf(!available)('portal page in Chromium', () => {
  const work = mkdtempSync(join(tmpdir(), 'catalog-chromium-'));
  const pageUrl = pathToFileURL(join(work, 'weihui.html')).href;
  const outside: string[] = [];
  const problems: string[] = [];
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    const built = runCli(['build', 'catalogues/weihui.yaml', '--only', 'html', '-o', work]);
    expect(built.status, built.stderr).toBe(0);
    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(mkdtempSync(join(work, 'profile-')), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
      env: { ...process.env, FONTCONFIG_FILE: fontConfig(work) },
      viewport: { width: 1280, height: 800 },
    });
    // Everything that is not the page's own file is an outside request: refused and recorded.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      outside.push(url);
      return route.abort();
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(pageUrl, { waitUntil: 'load' });
  });

  afterAll(async () => {
    await context?.close();
  });

  it('loads with no console errors and no outside requests', async () => {
    await page.reload({ waitUntil: 'networkidle' });
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    await page.screenshot({ path: join(work, 'desktop.png'), fullPage: false });
    console.log(`portal screenshots in ${work}`);
  });

  it('exposes the table to assistive technology with its two header rows and row headers', async () => {
    const table = page.getByRole('table', { name: /卫辉市义务教育领域基层政务公开标准目录/ });
    await expect(table.count()).resolves.toBe(1);
    const snapshot = await table.ariaSnapshot();
    const headers = [...snapshot.matchAll(/columnheader "([^"]+)"/g)].map((m) => m[1]);
    expect(headers.slice(0, 11)).toEqual([
      '序号',
      '公开事项',
      '公开内容（要素）',
      '公开依据',
      '公开时限',
      '公开主体',
      '公开渠道和载体',
      '公开对象',
      '公开方式',
      '公开层级',
      '备注',
    ]);
    expect(headers.slice(11)).toEqual(['一级事项', '二级事项', '全社会', '特定群体', '主动', '依申请', '县级', '乡级']);
    // Row 1 of a 一级事项 carries its rowgroup header; row 2 does not repeat it (the rowspan covers it).
    const rows = await table.getByRole('row').all();
    const first = await rows[2]!.ariaSnapshot();
    const second = await rows[3]!.ariaSnapshot();
    expect(first).toMatch(/cell "1"\n\s*- rowheader "政策文件"\n\s*- rowheader "教育法律"/);
    expect(second).toMatch(/cell "2"\n\s*- rowheader "[^"]+"/);
    expect(second).not.toContain('rowheader "政策文件"');
  });

  it('lays the spans out where they belong: a colspan over its sub-headers, a rowspan over its rows', async () => {
    const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
    const group = await box('thead th:text-is("公开对象")');
    const left = await box('thead th:text-is("全社会")');
    const right = await box('thead th:text-is("特定群体")');
    expect(Math.abs(group.x - left.x)).toBeLessThan(1.5);
    expect(Math.abs(group.x + group.width - (right.x + right.width))).toBeLessThan(1.5);
    // Page scripts as text: the tests are compiled without the DOM library.
    const spans = (await page.evaluate(`(() => {
      const th = document.querySelector('tbody th[scope="rowgroup"]');
      const rows = [...th.closest('tbody').rows].slice(0, th.rowSpan);
      const r = th.getBoundingClientRect();
      return { top: r.top - rows[0].getBoundingClientRect().top, bottom: rows.at(-1).getBoundingClientRect().bottom - r.bottom, rowSpan: th.rowSpan };
    })()`)) as { top: number; bottom: number; rowSpan: number };
    expect(spans.rowSpan).toBeGreaterThan(1);
    expect(Math.abs(spans.top)).toBeLessThan(1.5);
    expect(Math.abs(spans.bottom)).toBeLessThan(1.5);
  });

  it('on a 390 px phone scrolls inside the table, not the page', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const m = (await page.evaluate(`(() => {
      const wrap = document.querySelector('.table-wrap');
      wrap.scrollLeft = 300;
      return {
        page: document.documentElement.scrollWidth, viewport: window.innerWidth,
        wrap: wrap.scrollWidth, wrapClient: wrap.clientWidth, scrolled: wrap.scrollLeft,
        hint: getComputedStyle(document.querySelector('.scroll-hint')).display,
      };
    })()`)) as { page: number; viewport: number; wrap: number; wrapClient: number; scrolled: number; hint: string };
    expect(m.page).toBeLessThanOrEqual(m.viewport);
    expect(m.wrap).toBeGreaterThan(m.wrapClient);
    expect(m.scrolled).toBe(300);
    expect(m.hint).toBe('block');
    await page.screenshot({ path: join(work, 'phone.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('prints to A4 landscape with the table header repeated on page 2', async () => {
    await page.emulateMedia({ media: 'print' });
    const pdf = join(work, 'weihui.print.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: false });
    await page.emulateMedia({ media: 'screen' });
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? [];
    expect(Math.round(Number(w))).toBe(842);
    expect(Math.round(Number(h))).toBe(595);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(2);
    const pageText = (n: number): string =>
      spawnSync('pdftotext', ['-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
    const [one, two] = [pageText(1), pageText(2)];
    for (const header of ['公开渠道和载体', '公开对象', '特定群体', '依申请']) {
      expect(one).toContain(header);
      expect(two).toContain(header);
    }
    expect(two).not.toBe(one);
  });
});
