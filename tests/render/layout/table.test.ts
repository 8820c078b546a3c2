import { describe, expect, it } from 'vitest';
import type { CatalogueTable } from '../../../src/model/index.js';
import { layoutTable } from '../../../src/render/layout/index.js';
import { asPublished } from '../../../src/render/layout/publisher.js';
import { compactJson } from './documents.js';
import { EXAMPLES, layoutInput } from './fixtures.js';

const cellText = (t: CatalogueTable, key: string) => {
  const i = t.columns.filter((c) => c.key !== 'category').findIndex((c) => c.key === key);
  return t.groups.flatMap((g) => g.rows.map((r) => r.cells[i]?.lines.join('\n') ?? ''));
};

describe.each(Object.keys(EXAMPLES))('layoutTable(%s)', (name) => {
  const input = layoutInput(EXAMPLES[name] ?? '');
  const table = layoutTable(input.catalogue, input.baseline);
  // Rows as the issuer prints them (公开主体/公开层级 made its own: tests/render/layout/publisher.test.ts).
  const items = asPublished(input.catalogue, input.baseline).categories.flatMap((c) => c.items);

  it('matches the snapshot', async () => {
    await expect(compactJson(table) + '\n').toMatchFileSnapshot(`__snapshots__/${name}.table.json`);
  });

  it('numbers the rows 1…N over all items', () => {
    expect(cellText(table, 'seq')).toEqual(items.map((_, i) => String(i + 1)));
  });

  it('shows every item name exactly once, in catalogue order', () => {
    const names = cellText(table, 'item');
    expect(names).toEqual(items.map((i) => i.name));
    for (const item of items) expect(names.filter((n) => n === item.name)).toHaveLength(1);
    expect(table.groups.flatMap((g) => g.rows.map((r) => r.itemId))).toEqual(items.map((i) => i.id));
  });

  it('has one group per category, spanning its items', () => {
    expect(table.groups.map((g) => [g.categoryName, g.rows.length])).toEqual(input.catalogue.categories.map((c) => [c.name, c.items.length]));
  });

  it('fills the 225 mm landscape 版心 exactly', () => {
    expect(table.width).toBe(225);
    expect(table.columns.reduce((s, c) => s + c.width, 0)).toBe(225);
    const w = Object.fromEntries(table.columns.map((c) => [c.key, c.width]));
    const ticks = table.columns.filter((c) => /^(audience|method|level):/.test(c.key));
    ticks.forEach((c) => expect(c.width).toBeLessThanOrEqual(8));
    const widest = Math.max(...table.columns.map((c) => c.width));
    expect([w.content, w.basis]).toContain(widest);
  });

  it('has two header rows whose spans cover every leaf column', () => {
    const [top, bottom] = table.header;
    const leaves = table.columns.length;
    expect(top.reduce((s, c) => s + c.colSpan, 0)).toBe(leaves);
    const fromAbove = top.filter((c) => c.rowSpan === 2).reduce((s, c) => s + c.colSpan, 0);
    expect(fromAbove + bottom.reduce((s, c) => s + c.colSpan, 0)).toBe(leaves);
    bottom.forEach((c) => expect(c.rowSpan).toBe(1));
  });

  it('gives every row one cell per column except 一级事项, ticks centred', () => {
    const ticks = table.columns.filter((c) => c.key !== 'category').map((c) => /^(audience|method|level):/.test(c.key));
    for (const row of table.groups.flatMap((g) => g.rows)) {
      expect(row.cells).toHaveLength(table.columns.length - 1);
      expect(Object.keys(row).sort()).toEqual(['cells', 'itemId']);
      row.cells.forEach((cell, i) => {
        if (ticks[i]) {
          expect(cell.align).toBe('center');
          expect(cell.lines.length === 0 || (cell.lines.length === 1 && cell.lines[0] === '√')).toBe(true);
        }
      });
      expect(row.cells[0]?.align).toBe('center');
    }
  });

  it('ticks exactly the audiences, methods and levels each item has', () => {
    for (const [prefix, field] of [
      ['audience', 'audience'],
      ['method', 'method'],
      ['level', 'level'],
    ] as const) {
      for (const col of table.columns.filter((c) => c.key.startsWith(`${prefix}:`))) {
        const value = col.key.slice(prefix.length + 1);
        expect(cellText(table, col.key)).toEqual(items.map((i) => ((i[field] as readonly string[]).includes(value) ? '√' : '')));
      }
    }
  });

  it('shows list values one per line', () => {
    expect(cellText(table, 'content')).toEqual(items.map((i) => i.content.join('\n')));
    expect(cellText(table, 'channel')).toEqual(items.map((i) => i.channel.join('\n')));
  });
});

describe('layoutTable columns', () => {
  const keys = (name: string) => layoutTable(layoutInput(EXAMPLES[name] ?? '').catalogue).columns.map((c) => c.key);
  const levels = (name: string) => keys(name).filter((k) => k.startsWith('level:'));

  it('puts the columns in the published order', () => {
    expect(keys('yuanyang')).toEqual([
      'seq',
      'category',
      'item',
      'content',
      'basis',
      'timeLimit',
      'subject',
      'channel',
      'audience:全社会',
      'audience:特定群体',
      'method:主动',
      'method:依申请',
      'level:县级',
      'level:乡级',
    ]);
  });

  it('adds 备注 only when some item has a note, taking its width from content and basis', () => {
    expect(keys('weihui').at(-1)).toBe('note');
    expect(keys('yuanyang')).not.toContain('note');
    const cols = (name: string) => Object.fromEntries(layoutTable(layoutInput(EXAMPLES[name] ?? '').catalogue).columns.map((c) => [c.key, c.width]));
    const [withNote, without] = [cols('weihui'), cols('yuanyang')];
    expect((withNote.content ?? 0) + (withNote.basis ?? 0) + (withNote.note ?? 0)).toBe((without.content ?? 0) + (without.basis ?? 0));
  });

  it('always shows 县级 and 乡级 for county and municipal catalogues, the levels used for a school', () => {
    expect(levels('xinxiang')).toEqual(['level:县级', 'level:乡级']);
    expect(levels('huixian')).toEqual(['level:县级', 'level:乡级', 'level:校级']);
    expect(levels('weihui-shiyan')).toEqual(['level:县级', 'level:乡级', 'level:校级']);
  });
});
