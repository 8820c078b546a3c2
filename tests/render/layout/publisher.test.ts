import { describe, expect, it } from 'vitest';
import type { CatalogueTable } from '../../../src/model/index.js';
import { layoutFiling, layoutNotice, layoutPortal } from '../../../src/render/layout/index.js';
import { EXAMPLES, layoutInput } from './fixtures.js';

const column = (t: CatalogueTable, key: string): string[] => {
  const i = t.columns.filter((c) => c.key !== 'category').findIndex((c) => c.key === key);
  return t.groups.flatMap((g) => g.rows.map((r) => r.cells[i]?.lines.join('') ?? ''));
};
const levelTicks = (t: CatalogueTable): Record<string, number> =>
  Object.fromEntries(t.columns.filter((c) => c.key.startsWith('level:')).map((c) => [c.key.slice(6), column(t, c.key).filter((x) => x === '√').length]));

describe('公开主体 and 公开层级 of the unit that publishes', () => {
  it.each(['weihui', 'fengqiu', 'huixian', 'yuanyang'])('a county (%s) prints its own bureau, never the generic subject', (name) => {
    const input = layoutInput(EXAMPLES[name] ?? '');
    for (const table of [layoutNotice(input).attachment.table, layoutFiling(input).attachment.table, layoutPortal(input).table]) {
      const subjects = column(table, 'subject');
      expect(subjects.filter((s) => s.startsWith('县级'))).toEqual([]);
      expect(subjects.filter((s) => s === input.catalogue.issuer).length).toBeGreaterThan(25);
      expect(subjects).toContain(`${input.catalogue.region}人民政府教育督导委员会办公室`);
    }
  });

  it('a school prints the school, at 校级, and no 县级/乡级 column for its own rows', () => {
    const input = layoutInput(EXAMPLES['weihui-shiyan'] ?? '');
    const table = layoutNotice(input).attachment.table;
    const subjects = column(table, 'subject');
    expect(subjects.filter((s) => s === '卫辉市实验学校')).toHaveLength(subjects.length - subjects.filter((s) => s.includes('督导')).length);
    expect(subjects.some((s) => s.includes('教育局') || s.startsWith('县级'))).toBe(false);
    const ticks = levelTicks(table);
    expect(ticks['校级']).toBe(subjects.filter((s) => s === '卫辉市实验学校').length);
    expect(layoutPortal(input).table).toEqual(table);
  });

  it('the municipal baseline keeps its generic subject (each county fills in its own)', () => {
    const table = layoutPortal(layoutInput(EXAMPLES.xinxiang ?? '')).table;
    expect(column(table, 'subject').filter((s) => s === '县级教育行政部门').length).toBeGreaterThan(30);
  });
});
