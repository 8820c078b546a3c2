/** portalContext: the table data the template loops over, prepared from the layout's PortalPage. */
import { describe, expect, it } from 'vitest';
import type { PortalPage } from '../../../src/model/index.js';
import { portalContext } from '../../../src/render/html/index.js';
import { example, fixture, portalPageOf } from './page.js';

const weihui = portalPageOf(example('weihui.yaml'));
const ctx = portalContext(weihui);

/** Paths of every undefined or null value in a plain data tree. */
function holes(value: unknown, path = '$'): string[] {
  if (value === undefined || value === null) return [path];
  if (typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => holes(v, `${path}.${k}`));
}

describe('portalContext', () => {
  it('copies the page metadata, with the ISO date for <time> and the document info', () => {
    expect(ctx).toMatchObject({
      title: '卫辉市义务教育领域基层政务公开标准目录',
      issuer: '卫辉市教育局',
      date: '2020年10月26日',
      isoDate: '2020-10-26',
      documentNumber: '卫教〔2020〕45号',
      generator: 'catalog',
      hasNote: true,
    });
    expect(ctx.sourceSha256).toBe(weihui.info.sourceSha256);
    expect(ctx.keywords).toBe(weihui.info.keywords.join(','));
  });

  it('leaves optional fields out rather than undefined, anywhere in the tree', () => {
    const bare = portalContext(portalPageOf(fixture('escape.yaml')));
    expect('documentNumber' in bare).toBe(false);
    expect(holes(bare)).toEqual([]);
    expect(holes(ctx)).toEqual([]);
  });

  it('counts 一级事项 and 二级事项', () => {
    expect(ctx.categoryCount).toBe(weihui.table.groups.length);
    expect(ctx.itemCount).toBe(weihui.table.groups.reduce((n, g) => n + g.rows.length, 0));
  });

  it('makes one column group per top header cell, widths adding up to the whole table', () => {
    expect(ctx.columnGroups.map((g) => g.span)).toEqual(weihui.table.header[0].map((h) => h.colSpan));
    const cols = ctx.columnGroups.flatMap((g) => g.columns);
    expect(cols.map((c) => c.key)).toEqual(weihui.table.columns.map((c) => c.key));
    const total = cols.reduce((sum, c) => sum + Number.parseFloat(c.width), 0);
    expect(total).toBeCloseTo(100, 0);
  });

  it('scopes header cells: colgroup when they span columns, col otherwise', () => {
    const [top = [], bottom = []] = ctx.headerRows;
    expect(top.find((c) => c.text === '公开事项')).toEqual({ text: '公开事项', colSpan: 2, scope: 'colgroup' });
    expect(top.find((c) => c.text === '序号')).toEqual({ text: '序号', rowSpan: 2, scope: 'col' });
    expect(bottom.every((c) => c.scope === 'col')).toBe(true);
  });

  it('puts the 一级事项 th (rowgroup, spanning the group) into the first row at its column', () => {
    for (const group of ctx.groups) {
      const [first, ...rest] = group.rows;
      expect(first?.cells[1]).toMatchObject({ tag: 'th', scope: 'rowgroup', rowSpan: group.size, text: group.name });
      expect(rest.every((r) => r.cells.every((c) => c.scope !== 'rowgroup'))).toBe(true);
      expect(first?.cells).toHaveLength(weihui.table.columns.length);
      expect(rest.every((r) => r.cells.length === weihui.table.columns.length - 1)).toBe(true);
    }
  });

  it('heads each row with its 二级事项 (th scope=row) and marks ticks and lists', () => {
    const cells = ctx.groups.flatMap((g) => g.rows.flatMap((r) => r.cells));
    const heads = cells.filter((c) => c.scope === 'row');
    expect(heads.map((c) => c.key)).toEqual(Array(ctx.itemCount).fill('item'));
    expect(heads.every((c) => c.tag === 'th')).toBe(true);
    expect(cells.filter((c) => c.tick).every((c) => c.text === '√' && c.align === 'center')).toBe(true);
    expect(cells.filter((c) => c.list).every((c) => c.lines.length > 1)).toBe(true);
  });

  it('finds the 二级事项 column after 一级事项 when the layout names it otherwise', () => {
    const table = weihui.table;
    const renamed: PortalPage = { ...weihui, table: { ...table, columns: table.columns.map((c) => (c.key === 'item' ? { ...c, key: 'itemName' } : c)) } };
    const heads = portalContext(renamed)
      .groups.flatMap((g) => g.rows.flatMap((r) => r.cells))
      .filter((c) => c.scope === 'row');
    expect(heads.map((c) => c.key)).toEqual(Array(ctx.itemCount).fill('itemName'));
  });
});
