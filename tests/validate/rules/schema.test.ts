/** schema: a JSON Schema violation (unknown key, bad enum value, wrong type) or an unknown id in remove:. */
import { describe, expect, it } from 'vitest';
import { checkFixture, where } from '../../helpers/check.js';

const rule = 'schema';

describe(rule, () => {
  it('reports an unknown key at the key, with a did-you-mean suggestion', () => {
    const all = checkFixture('rules/schema/unknown-key.yaml');
    expect(where(all)).toEqual([{ rule, severity: 'error', line: 12, column: 9 }]);
    expect(all[0]?.message).toContain('未知的键“timelimit”，是不是“timeLimit”？');
  });

  it('suggests the key in English too', () => {
    const all = checkFixture('rules/schema/unknown-key.yaml', { lang: 'en' });
    expect(all[0]?.message).toContain('Unknown key "timelimit"; did you mean "timeLimit"?');
  });

  it('reports a level outside the enum at the value, with the nearest allowed one', () => {
    const all = checkFixture('rules/schema/bad-level.yaml');
    expect(where(all)).toEqual([{ rule, severity: 'error', line: 12, column: 21 }]);
    expect(all[0]?.message).toContain('“乡镇级”不是可选的值，是不是“乡级”？');
  });

  it('reports a numeric time limit at the number', () => {
    const all = checkFixture('rules/schema/numeric-time-limit.yaml');
    expect(where(all)).toEqual([{ rule, severity: 'error', line: 12, column: 20 }]);
    expect(all[0]?.message).toBe('这里应当是文本');
  });

  it('reports an id in remove: that the baseline does not have, with a suggestion', () => {
    const all = checkFixture('rules/schema/unknown-remove.yaml').filter((d) => d.rule === rule);
    expect(where(all)).toEqual([{ rule, severity: 'error', line: 10, column: 5 }]);
    expect(all[0]?.message).toContain('“private.supervison”不是基准目录中的事项或类别，是不是“private.supervision”？');
  });

  it('is quiet for a file with allowed keys and values, a quoted number and known ids in remove:', () => {
    expect(where(checkFixture('rules/schema/valid.yaml'))).toEqual([
      { rule: 'removed-item', severity: 'info', line: 10, column: 5, target: 'private.supervision' },
    ]);
  });
});
