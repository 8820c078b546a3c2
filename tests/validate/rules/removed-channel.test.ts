/** removed-channel: a baseline entry of an item's 公开渠道 is gone (an error for a county, info for a school). */
import { describe, expect, it } from 'vitest';
import { checkFixture, only, where } from '../../helpers/check.js';

const rule = 'removed-channel';

describe(rule, () => {
  it('reports a channel list without a baseline channel', () => {
    const found = only(checkFixture('rules/removed-channel/dropped.yaml'), rule);
    expect(where(found)).toEqual([{ rule, severity: 'error', line: 12, column: 18, target: 'policy.normative#channel' }]);
    expect(found[0]?.message).toContain('缺少基准目录中的“政府网站”');
  });

  it('reports a baseline channel struck through with combining overlays (政̶府̶网̶站̶): it does not read as the same', () => {
    const found = only(checkFixture('rules/removed-channel/struck.yaml'), rule);
    expect(where(found)).toEqual([{ rule, severity: 'error', line: 12, column: 18, target: 'policy.normative#channel' }]);
    expect(found[0]?.message).toContain('缺少基准目录中的“政府网站”');
  });

  it('reports a baseline channel wrapped in a right-to-left override (shown reversed, 站网府政)', () => {
    const found = only(checkFixture('rules/removed-channel/reversed.yaml'), rule);
    expect(where(found)).toEqual([{ rule, severity: 'error', line: 12, column: 18, target: 'policy.normative#channel' }]);
  });

  it('is quiet for channel lists that only add', () => {
    expect(checkFixture('rules/removed-channel/only-adds.yaml')).toEqual([]);
  });
});
