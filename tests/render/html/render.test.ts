/** The portal page from the shipped template: document shell, semantic table, print and phone CSS, determinism. */
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../src/render/html/index.js';
import { example, fixture, portalPageOf, portalTemplate } from './page.js';

const weihui = portalPageOf(example('weihui.yaml'));
const html = renderHtml(weihui, portalTemplate());

const between = (text: string, open: string, close: string): string[] =>
  text
    .split(open)
    .slice(1)
    .map((part) => part.slice(0, part.indexOf(close)));
const count = (text: string, re: RegExp): number => (text.match(re) ?? []).length;

describe('portal page shell', () => {
  it('is a Chinese HTML5 document with charset, viewport and generator metadata', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('<meta name="generator" content="catalog">');
    expect(html).toContain(`<meta name="source-sha256" content="${weihui.info.sourceSha256}">`);
    expect(weihui.info.sourceSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('shows the title, issuer, 发文字号 and date', () => {
    expect(html).toContain('<title>卫辉市义务教育领域基层政务公开标准目录</title>');
    expect(html).toContain('<h1><span class="line">卫辉市义务教育领域基层政务公开标准目录</span></h1>');
    expect(html).toContain('<dd>卫辉市教育局</dd>');
    expect(html).toContain('<dd>卫教〔2020〕45号</dd>');
    expect(html).toContain('<time datetime="2020-10-26">2020年10月26日</time>');
  });

  it('needs nothing from outside: inline CSS only, no scripts or external URLs; one link, to the notice PDF beside it', () => {
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|url\(|@import|https?:/i);
    expect([...html.matchAll(/\bhref="([^"]*)"/g)].map((m) => m[1])).toEqual([expect.stringMatching(/^[a-z0-9-]+\.notice\.pdf$/)]);
  });

  it('keeps tool internals out of the visible text: the SHA-256 is in a meta element', () => {
    const visible = html.replace(/<head>[\s\S]*?<\/head>/, '').replace(/<[^>]*>/g, '');
    expect(visible).not.toMatch(/SHA-256|catalog|[0-9a-f]{64}/);
    expect(html).toMatch(/<meta name="catalog-source-sha256" content="[0-9a-f]{64}">/);
  });

  it('reads an unticked cell as 否', () => {
    expect(html).toContain('<span class="sr-only">否</span>');
  });

  it('prints on A4 landscape with repeating headers and unsplit rows', () => {
    const print = html.slice(html.indexOf('@media print'), html.indexOf('</style>'));
    expect(print).toMatch(/@page \{ size: A4 landscape; margin: [^}]+\}/);
    expect(print).toContain('thead { display: table-header-group; }');
    expect(print).toContain('tbody tr + tr, td, th[scope="row"] { break-inside: avoid; page-break-inside: avoid; }');
    // Never on the spanning 一级事项 cell or the row holding it: a group must be able to break between rows.
    const avoided = [...print.matchAll(/([^{}]+)\{[^}]*break-inside: avoid/g)].flatMap((m) => (m[1] ?? '').split(',').map((s) => s.trim()));
    expect(avoided.filter((sel) => ['tr', 'th', 'tbody tr', 'th[scope="rowgroup"]'].includes(sel))).toEqual([]);
  });

  it('lets the table scroll sideways on a phone and sets Chinese font stacks', () => {
    expect(html).toContain('.table-wrap { position: relative; overflow-x: auto;');
    expect(html).toMatch(/<div class="table-wrap">\s*<table/);
    expect(html).toMatch(/font-family: "FangSong", "仿宋",[^;]*serif;/);
    expect(html).toMatch(/font-family: "SimHei", "黑体", "PingFang SC",[^;]*sans-serif;/);
    expect(html).toMatch(/body \{[^}]*font-size: 16px;/);
  });

  it('is deterministic: two renders are equal, and no clock or random value leaks in', () => {
    expect(renderHtml(portalPageOf(example('weihui.yaml')), portalTemplate())).toBe(html);
    expect(html).not.toMatch(/20(2[1-9]|[3-9]\d)年|T\d\d:\d\d/);
  });

  it('never prints "undefined" or "null", even without 发文字号 or a 备注 column', () => {
    const bare = renderHtml(portalPageOf(fixture('escape.yaml')), portalTemplate());
    for (const page of [html, bare, renderHtml(portalPageOf(example('xinxiang/2020.yaml')), portalTemplate())]) {
      expect(page).not.toMatch(/undefined|null|\[object Object\]|NaN/);
    }
    expect(bare).not.toContain('<dt>文号</dt>');
  });
});

describe('portal page table', () => {
  const table = html.slice(html.indexOf('<table'), html.indexOf('</table>'));
  const thead = between(table, '<thead>', '</thead>')[0] ?? '';
  const bodies = between(table, '<tbody', '</tbody>');

  it('has a caption and a thead with the two header rows, scoped and spanning as in the model', () => {
    expect(table).toMatch(/<caption>卫辉市义务教育领域基层政务公开标准目录<span class="count">（一级事项\d+个，二级事项\d+个）<\/span><\/caption>/);
    expect(count(thead, /<tr>/g)).toBe(2);
    expect(thead).toContain('<th scope="col" rowspan="2">序号</th>');
    expect(thead).toContain('<th scope="colgroup" colspan="2">公开事项</th>');
    expect(thead).toContain('<th scope="col">一级事项</th>');
    const cells = weihui.table.header.flat();
    expect(count(thead, /<th scope="(col|colgroup)"/g)).toBe(cells.length);
    expect(count(thead, /scope="colgroup"/g)).toBe(cells.filter((c) => c.colSpan > 1).length);
  });

  it('groups the columns under the top header cells, with widths from the model', () => {
    expect(count(table, /<colgroup>/g)).toBe(weihui.table.header[0].length);
    expect(count(table, /<col style="width: \d+\.\d\d%">/g)).toBe(weihui.table.columns.length);
  });

  it('has one tbody per 一级事项 whose th spans exactly its rows', () => {
    expect(bodies).toHaveLength(weihui.table.groups.length);
    weihui.table.groups.forEach((group, i) => {
      const body = bodies[i] ?? '';
      expect(count(body, /<tr /g)).toBe(group.rows.length);
      expect(count(body, /scope="rowgroup"/g)).toBe(1);
      expect(body).toContain(`<th scope="rowgroup" rowspan="${group.rows.length}" class="center">${group.categoryName}</th>`);
    });
  });

  it('heads every row with its 二级事项, each item name exactly once', () => {
    const names = weihui.table.groups.flatMap((g) => g.rows.map((r) => r.cells[1]?.lines.join('') ?? ''));
    const rowHeads = [...table.matchAll(/<th scope="row" class="left">([^<]*)<\/th>/g)].map((m) => m[1]);
    expect(rowHeads).toEqual(names);
    expect(new Set(names).size).toBe(names.length);
    // Names may recur as content (招生范围) or equal their category (财务信息), but head one row only.
    for (const name of names) expect(table.split(`<th scope="row" class="left">${name}</th>`)).toHaveLength(2);
  });

  it('puts list values one per line and ticks centred with an accessible label', () => {
    expect(table).toMatch(/<td class="left"><ul><li>[^<]+<\/li><li>/);
    expect(table).toContain('<td class="center"><span class="tick" role="img" aria-label="是">√</span></td>');
    const ticks = weihui.table.groups.flatMap((g) => g.rows.flatMap((r) => r.cells)).filter((c) => c.lines[0] === '√');
    expect(count(table, /aria-label="是">√</g)).toBe(ticks.length);
    expect(count(table, /√/g)).toBe(ticks.length);
  });

  it('adds the 备注 column when an item has a note', () => {
    expect(thead).toContain('<th scope="col" rowspan="2">备注</th>');
    expect(table).toContain('<table class="with-note">');
    expect(table).toContain('<td class="left">由民办学校同步公示</td>');
  });
});

describe('portal title lines', () => {
  it('breaks a long title where the PDF and DOCX do (balanceTitle), between words, not by the browser', async () => {
    const { portalContext } = await import('../../../src/render/html/context.js');
    const { balanceTitle } = await import('../../../src/render/typeset/index.js');
    const title = '某某县义务教育领域基层政务公开标准目录及义务教育阶段学校校务公开标准目录';
    const context = portalContext({ ...weihui, title });
    expect(context.titleLines).toEqual(balanceTitle(title, { keep: [context.issuer] }));
    expect(context.titleLines.length).toBeGreaterThan(1);
  });
});
