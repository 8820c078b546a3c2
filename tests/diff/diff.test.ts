import { describe, expect, it } from 'vitest';
import { diffCatalogues, isEmptyDiff, itemChanges } from '../../src/diff/diff.js';
import { formatDiffJson, formatDiffText } from '../../src/diff/format.js';
import { formatDiffMarkdown } from '../../src/diff/markdown.js';
import type { Item } from '../../src/model/index.js';
import { resolvedOf } from './resolved.js';

const V1 = 'tests/diff/fixtures/county-v1.yaml';
const V2 = 'tests/diff/fixtures/county-v2.yaml';

describe('diffCatalogues on two versions of a county catalogue', () => {
  const diff = diffCatalogues(resolvedOf(V1), resolvedOf(V2), V1, V2);

  it('names both sides, with the version when there is one', () => {
    expect(diff.old).toEqual({ file: V1, id: 'demo', version: null });
    expect(diff.new).toEqual({ file: V2, id: 'demo', version: '2' });
  });

  it('finds the renamed category, and no added or removed one', () => {
    expect(diff.categories).toEqual({ added: [], removed: [], renamed: [{ id: 'demo.after-school', old: '课后服务', new: '课后服务管理' }] });
  });

  it('finds the added and the removed item, each with its category', () => {
    expect(diff.items.added).toEqual([{ id: 'demo.after-school-staff', name: '课后服务人员', category: 'demo.after-school', categoryName: '课后服务管理' }]);
    expect(diff.items.removed).toEqual([{ id: 'demo.after-school-fees', name: '课后服务收费', category: 'demo.after-school', categoryName: '课后服务' }]);
  });

  it('reports a changed element, a list entry added and one removed, a rename and a new note — and not the cosmetic edit', () => {
    expect(diff.items.changed).toEqual([
      { id: 'enrollment.plan', name: '招生计划', category: 'enrollment', changes: [{ field: 'subject', old: '示例县教育局', new: '示例县教育体育局' }] },
      { id: 'demo.lottery', name: '民办学校摇号结果', category: 'enrollment', changes: [{ field: 'channel', added: ['政务公开栏'], removed: ['政务新媒体'] }] },
      {
        id: 'demo.after-school-plan',
        name: '课后延时服务实施方案',
        category: 'demo.after-school',
        changes: [
          { field: 'name', old: '课后服务实施方案', new: '课后延时服务实施方案' },
          { field: 'note', new: '各校同步公示' },
        ],
      },
    ]);
    expect(diff.summary).toEqual({ added: 1, removed: 1, changed: 3 });
  });

  it('a catalogue compared with itself has no differences, in every format', () => {
    const same = diffCatalogues(resolvedOf(V1), resolvedOf(V1), V1, V1);
    expect(isEmptyDiff(same)).toBe(true);
    expect(formatDiffText(same, { lang: 'zh', color: false })).toContain('没有差别');
    expect(formatDiffMarkdown(same, { lang: 'en', color: false })).toContain('same items and elements');
    expect(JSON.parse(formatDiffJson(same, { lang: 'zh', color: false })).summary).toEqual({ added: 0, removed: 0, changed: 0 });
  });

  it('the text table has colours only when asked', () => {
    expect(formatDiffText(diff, { lang: 'zh', color: false })).not.toContain('\u001b[');
    expect(formatDiffText(diff, { lang: 'zh', color: true })).toContain('\u001b[');
  });
});

describe('itemChanges', () => {
  const base: Item = {
    id: 'x.y',
    name: '事项',
    content: ['甲', '乙'],
    basis: ['《条例》'],
    timeLimit: '实时公开',
    subject: '县级教育行政部门',
    channel: ['政府网站'],
    audience: ['全社会'],
    method: ['主动'],
    level: ['县级'],
  };

  it('ignores order, width, spaces, bracket variants and a trailing 。', () => {
    const cosmetic: Item = { ...base, name: '事项。', content: ['乙 ', '甲；'], basis: ['《条例》'], channel: ['政府网站'] };
    expect(itemChanges(base, cosmetic, 'x', 'x')).toEqual([]);
  });

  it('reports a move to another category first, then the elements in table order', () => {
    const moved: Item = { ...base, level: ['县级', '乡级'], timeLimit: '每年1月31日前' };
    expect(itemChanges(base, moved, 'x', 'z')).toEqual([
      { field: 'category', old: 'x', new: 'z' },
      { field: 'timeLimit', old: '实时公开', new: '每年1月31日前' },
      { field: 'level', added: ['乡级'], removed: [] },
    ]);
  });
});
