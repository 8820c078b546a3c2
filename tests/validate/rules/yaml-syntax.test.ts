/** yaml-syntax: the file is not valid YAML (tabs, duplicate keys, bad indentation). */
import { describe, expect, it } from 'vitest';
import { checkFixture, where } from '../../helpers/check.js';

const rule = 'yaml-syntax';

describe(rule, () => {
  it('reports a tab used for indentation, at the tab', () => {
    const all = checkFixture('rules/yaml-syntax/tab-indent.yaml');
    expect(where(all)).toEqual([{ rule, severity: 'error', line: 12, column: 1 }]);
    expect(all[0]?.message).toContain('制表符（Tab）');
  });

  it('reports a duplicate key at the second one', () => {
    const all = checkFixture('rules/yaml-syntax/duplicate-key.yaml');
    expect(where(all)).toEqual([{ rule, severity: 'error', line: 14, column: 9 }]);
    expect(all[0]?.message).toContain('重复的键');
  });

  it('reports a key indented deeper than its siblings once, on its own line', () => {
    const all = checkFixture('rules/yaml-syntax/bad-indent.yaml');
    expect(where(all)).toEqual([{ rule, severity: 'error', line: 13, column: 11 }]);
    expect(all[0]?.message).toContain('缩进不正确');
  });

  it('reports a key indented less than its siblings as an indentation slip, at the key', () => {
    const all = checkFixture('rules/yaml-syntax/dedented-key.yaml');
    expect(where(all)).toEqual([{ rule, severity: 'error', line: 13, column: 8 }]);
    expect(all[0]?.message).toContain('缩进不正确');
  });

  it('accepts tabs inside values and comments, keys repeated at other levels, and unindented lists', () => {
    expect(where(checkFixture('rules/yaml-syntax/valid.yaml'))).toEqual([
      { rule: 'changed-subject', severity: 'info', line: 15, column: 14, target: 'enrollment.plan#subject' },
    ]);
  });
});
