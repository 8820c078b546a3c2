/** extended-time-limit: the time limit is longer than the baseline's (spec §4). */
import { describe, expect, it } from 'vitest';
import { checkFixture, only, where } from '../../helpers/check.js';

const rule = 'extended-time-limit';

describe(rule, () => {
  it('reports a longer limit in the same unit, Arabic or Chinese numerals', () => {
    const found = only(checkFixture('rules/extended-time-limit/longer-same-unit.yaml'), rule);
    expect(where(found)).toEqual([
      { rule, severity: 'error', line: 12, column: 20, target: 'enrollment.plan#timeLimit' },
      { rule, severity: 'error', line: 14, column: 20, target: 'enrollment.zones#timeLimit' },
    ]);
    expect(found[0]?.message).toContain('“信息形成或者变更之日起30个工作日内”比基准目录的“信息形成或者变更之日起20个工作日内”更长');
  });

  it('reads letters drawn like digits among digits as the reader does (2O0, 2〇〇 are 200)', () => {
    const found = only(checkFixture('rules/extended-time-limit/look-alike-digits.yaml'), rule);
    expect(where(found)).toEqual([
      { rule, severity: 'error', line: 12, column: 20, target: 'enrollment.plan#timeLimit' },
      { rule, severity: 'error', line: 14, column: 20, target: 'enrollment.zones#timeLimit' },
    ]);
  });

  it('reads capital numerals, 余/多 (more than) and the units 季度 and 旬 (red team round 5: these were only uncomparable)', () => {
    const found = only(checkFixture('rules/extended-time-limit/capital-numerals.yaml'), rule);
    expect(where(found)).toEqual([
      { rule, severity: 'error', line: 13, column: 20, target: 'enrollment.plan#timeLimit' },
      { rule, severity: 'error', line: 15, column: 20, target: 'enrollment.zones#timeLimit' },
      { rule, severity: 'error', line: 17, column: 20, target: 'enrollment.policy#timeLimit' },
      { rule, severity: 'error', line: 19, column: 20, target: 'enrollment.results#timeLimit' },
    ]);
  });

  it('reads the latest of two stated limits (最迟/至迟/最晚/最长 N) as the limit (red team round 7: only uncomparable)', () => {
    const all = checkFixture('rules/extended-time-limit/latest-limit.yaml');
    expect(where(only(all, rule))).toEqual([
      { rule, severity: 'error', line: 13, column: 20, target: 'enrollment.plan#timeLimit' },
      { rule, severity: 'error', line: 15, column: 20, target: 'enrollment.zones#timeLimit' },
      { rule, severity: 'error', line: 17, column: 20, target: 'enrollment.policy#timeLimit' },
      { rule, severity: 'error', line: 19, column: 20, target: 'enrollment.results#timeLimit' },
    ]);
    // 10 working days, at the latest 20: not longer than the baseline's 20
    expect(only(all, 'uncomparable-time-limit')).toEqual([]);
  });

  it('refuses digits of other scripts (٢٠٠, २००, ০৫, ٥٠) whatever their value: a reader here cannot read them (red team round 7)', () => {
    const all = checkFixture('rules/extended-time-limit/other-script-digits.yaml');
    const found = only(all, rule);
    expect(where(found)).toEqual([
      { rule, severity: 'error', line: 14, column: 20, target: 'enrollment.plan#timeLimit' },
      { rule, severity: 'error', line: 16, column: 20, target: 'enrollment.zones#timeLimit' },
      { rule, severity: 'error', line: 18, column: 20, target: 'enrollment.policy#timeLimit' },
      { rule, severity: 'error', line: 20, column: 20, target: 'enrollment.results#timeLimit' },
    ]);
    expect(found[0]?.message).toBe(
      '事项“招生计划”（enrollment.plan）的公开时限“信息形成或者变更之日起٢٠٠个工作日内”用了其他文字的数字（٢٠٠），读者认不出它们的数值，无法与基准目录的“信息形成或者变更之日起20个工作日内”比较。请用阿拉伯数字（0–9）或汉字数字书写',
    );
    // full-width digits are plain digits (NFKC): 15 working days is shorter, quiet
    expect(only(all, 'uncomparable-time-limit')).toEqual([]);
  });

  it('reads a limit that bounds only the start of the work (启动公开程序, 报审, 着手准备) as at least that long (red team round 7)', () => {
    const all = checkFixture('rules/extended-time-limit/process-only.yaml');
    expect(where(only(all, rule))).toEqual([
      { rule, severity: 'error', line: 13, column: 20, target: 'enrollment.zones#timeLimit' },
      { rule, severity: 'error', line: 15, column: 20, target: 'enrollment.policy#timeLimit' },
      { rule, severity: 'error', line: 17, column: 20, target: 'enrollment.results#timeLimit' },
    ]);
  });

  it('reads a limit started at a step after the information is formed (批准, 审核, 以审核通过时间为准, 报批) as at least that long (red team round 8, attack 85)', () => {
    const all = checkFixture('rules/extended-time-limit/later-start.yaml');
    expect(where(only(all, rule))).toEqual([
      { rule, severity: 'error', line: 14, column: 20, target: 'enrollment.plan#timeLimit' },
      { rule, severity: 'error', line: 16, column: 20, target: 'enrollment.zones#timeLimit' },
      { rule, severity: 'error', line: 18, column: 20, target: 'enrollment.policy#timeLimit' },
      { rule, severity: 'error', line: 22, column: 20, target: 'enrollment.schools#timeLimit' },
      { rule, severity: 'error', line: 26, column: 20, target: 'students.status#timeLimit' },
    ]);
    // The end of some work, 20 days from receiving a superior's document (neither necessarily after forming), and
    // 10 days from a sign-off: uncomparable.
    expect(where(only(all, 'uncomparable-time-limit')).map((f) => f.target)).toEqual([
      'enrollment.results#timeLimit',
      'students.aid#timeLimit',
      'students.awards#timeLimit',
    ]);
  });

  it('reports a limit replaced by words that name no time (及时, 按规定时限, 尽快, 长期, 常态化) as looser (red team round 7)', () => {
    const all = checkFixture('rules/extended-time-limit/unbounded.yaml');
    const found = only(all, rule);
    expect(where(found)).toEqual([
      { rule, severity: 'error', line: 13, column: 20, target: 'enrollment.plan#timeLimit' },
      { rule, severity: 'error', line: 15, column: 20, target: 'enrollment.zones#timeLimit' },
      { rule, severity: 'error', line: 17, column: 20, target: 'enrollment.policy#timeLimit' },
      { rule, severity: 'error', line: 19, column: 20, target: 'enrollment.results#timeLimit' },
      { rule, severity: 'error', line: 21, column: 20, target: 'enrollment.schools#timeLimit' },
    ]);
    expect(found[0]?.message).toBe(
      '事项“招生计划”（enrollment.plan）的公开时限“及时公开”没有写明期限，比基准目录的“信息形成或者变更之日起20个工作日内”宽松。时限只能缩短，不能放宽：请写明不长于基准的期限',
    );
    expect(only(all, 'uncomparable-time-limit')).toEqual([]);
  });

  it('refuses radicals drawn like ideographs (⻓ for 长) in a time limit: NFKC keeps them, the reader sees 长 (red team round 7)', () => {
    const all = checkFixture('rules/extended-time-limit/radical-look-alikes.yaml');
    const found = only(all, rule);
    expect(where(found)).toEqual([
      { rule, severity: 'error', line: 13, column: 20, target: 'enrollment.plan#timeLimit' },
      { rule, severity: 'error', line: 15, column: 20, target: 'enrollment.zones#timeLimit' },
    ]);
    expect(found[0]?.message).toBe(
      '事项“招生计划”（enrollment.plan）的公开时限“信息形成或者变更之日起20个工作日内（特殊情况可延⻓至6个月）”用了形似汉字的部首字符（⻓），读者看到的是汉字，程序读不出，无法与基准目录的“信息形成或者变更之日起20个工作日内”比较。请改用通常的汉字',
    );
    // a Kangxi radical (⼗ U+2F17) is read as its ideograph by NFKC: 十个工作日, shorter, quiet
    expect(only(all, 'uncomparable-time-limit')).toEqual([]);
  });

  it('reports a duration where the baseline (here a county) publishes in real time', () => {
    const found = only(checkFixture('rules/extended-time-limit/immediate-to-duration.yaml'), rule);
    expect(where(found)).toEqual([{ rule, severity: 'error', line: 12, column: 20, target: 'enrollment.results#timeLimit' }]);
    expect(found[0]?.message).toContain('比基准目录的“实时公开”更长');
  });

  it('reads 季度, 学期 and 学年 as units: a quarter, a term, half a term, a school year are longer than 20 working days (red team)', () => {
    const found = only(checkFixture('rules/extended-time-limit/school-units.yaml'), rule);
    expect(found.map((f) => [f.severity, f.line])).toEqual([
      ['error', 12],
      ['error', 14],
      ['error', 16],
      ['error', 18],
    ]);
    expect(found[0]?.message).toContain('“信息形成或者变更之日起1个季度内”比基准目录的“信息形成或者变更之日起20个工作日内”更长');
  });

  it('is quiet for shorter limits, a finer unit that is not longer, and the same limit phrased otherwise', () => {
    expect(only(checkFixture('rules/extended-time-limit/shorter.yaml'), rule)).toEqual([]);
  });

  it('is quiet for real-time publication replacing a duration', () => {
    expect(checkFixture('rules/extended-time-limit/immediate-county.yaml')).toEqual([]);
  });

  it('does not read a date (每年1月31日前) as a duration of 31 days', () => {
    const all = checkFixture('rules/extended-time-limit/periodic-to-duration.yaml');
    expect(only(all, rule)).toEqual([]);
    expect(where(all)).toEqual([{ rule: 'uncomparable-time-limit', severity: 'warning', line: 12, column: 20, target: 'policy.law#timeLimit' }]);
  });
});
