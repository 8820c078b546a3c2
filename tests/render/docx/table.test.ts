/** The 附件 table in word/document.xml: grid, repeated header rows, unsplittable rows, 一级事项 spans. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { OfficialDocument } from '../../../src/model/index.js';
import { renderDocx } from '../../../src/render/docx/index.js';
import { pageStartRows } from '../../../src/render/docx/table.js';
import { elements, itemNames, officialDocument, part, runsWithText, tableRows, textOf } from './fixture.js';

let notice: OfficialDocument;
let xml: string;

beforeAll(async () => {
  notice = officialDocument('catalogues/weihui.yaml', 'notice');
  xml = part(await renderDocx(notice, { profile: 'gbt9704', sourceSha256: notice.info.sourceSha256 }), 'word/document.xml');
});

const attr = (el: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(el)?.[1];

describe('catalogue table', () => {
  it('is a fixed grid as wide as the landscape 版心 with 0.5 pt black borders', () => {
    const table = elements(xml, 'w:tbl')[0] ?? '';
    expect(table).toContain('<w:tblLayout w:type="fixed"/>');
    expect(table).toContain('<w:tblW w:type="dxa" w:w="12756"/>');
    const widths = elements(table, 'w:gridCol').map((c) => Number(attr(c, 'w:w')));
    expect(widths).toHaveLength(notice.attachment.table.columns.length);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(12756);
    expect(table).toContain('<w:insideV w:val="single" w:color="000000" w:sz="4"/>');
  });

  it('repeats the two header rows, set in 黑体, and never splits a row', () => {
    const rows = tableRows(xml);
    expect(rows.slice(0, 2).every((r) => r.xml.includes('<w:tblHeader/>'))).toBe(true);
    expect(rows.slice(2).some((r) => r.xml.includes('<w:tblHeader/>'))).toBe(false);
    expect(rows.every((r) => r.xml.includes('<w:cantSplit/>'))).toBe(true);
    const header = runsWithText(xml, '载体')[0] ?? '';
    expect(header).toContain('w:eastAsia="黑体"');
  });

  it('breaks header text between words in explicit lines (公开渠道和/载体, never 公开对/象)', () => {
    const header = tableRows(xml)
      .slice(0, 2)
      .map((r) => r.xml)
      .join('');
    expect(runsWithText(header, '公开渠道和')).toHaveLength(1);
    for (const broken of ['公开对', '公开主', '公开层', '象']) expect(runsWithText(header, broken), broken).toEqual([]);
  });

  it('lists every item exactly once, in order, in the 二级事项 column', () => {
    const names = itemNames(notice);
    expect(names.length).toBe(38);
    const item = notice.attachment.table.columns.findIndex((c) => c.key === 'item');
    const shown = tableRows(xml)
      .slice(2)
      .map((r) => r.cells[item]?.text);
    expect(shown).toEqual(names);
    for (const name of names)
      expect(
        shown.filter((n) => n === name),
        name,
      ).toHaveLength(1);
  });

  it('spans each 一级事项 over its items on each page with w:vMerge restart/continue, the name again where a page begins', () => {
    const rows = tableRows(xml).slice(2);
    const category = notice.attachment.table.columns.findIndex((c) => c.key === 'category');
    let at = 0;
    let parts = 0;
    for (const group of notice.attachment.table.groups) {
      const cells = rows.slice(at, at + group.rows.length).map((r) => r.cells[category]);
      cells.forEach((cell, i) => {
        const opens = cell?.vMerge !== 'continue';
        if (opens) parts += 1;
        expect(cell?.text).toBe(opens ? group.categoryName : '');
        if (i === 0) expect(opens).toBe(true);
        const next = cells[i + 1];
        if (opens) expect(cell?.vMerge).toBe(next?.vMerge === 'continue' ? 'restart' : undefined);
      });
      at += group.rows.length;
    }
    expect(at).toBe(rows.length);
    // 招生管理 (items 11–16) and others run over a page: their name stands again on the next page, centred.
    expect(parts).toBeGreaterThan(notice.attachment.table.groups.length);
  });

  it('breaks cell text as the PDF does, in explicit lines Word never re-wraps (《中华人民共和国 / 教育法》)', () => {
    expect(runsWithText(xml, '教育法》').length).toBeGreaterThan(0);
    expect(runsWithText(xml, '《中华人民共和国教育法》')).toEqual([]);
  });

  it('centres the ticks', () => {
    const tick = elements(xml, 'w:p').find((p) => textOf(p) === '√') ?? '';
    expect(tick).toContain('<w:jc w:val="center"/>');
  });
});

describe('pageStartRows', () => {
  it('fills each page with whole rows, the first page having less room under the title', () => {
    expect([...pageStartRows([4, 4, 4, 4, 4], { first: 8, next: 12 })]).toEqual([2]);
    expect([...pageStartRows([4, 4, 4, 4, 4, 4, 4], { first: 8, next: 12 })]).toEqual([2, 5]);
  });

  it('moves a row too tall for the room under the title to the next page, and lets a row taller than a page stand alone', () => {
    expect([...pageStartRows([10, 2], { first: 8, next: 12 })]).toEqual([0]);
    expect([...pageStartRows([2, 20, 2], { first: 12, next: 12 })]).toEqual([1, 2]);
  });
});
