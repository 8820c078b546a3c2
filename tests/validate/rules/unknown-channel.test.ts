/** unknown-channel: a 公开渠道 outside the standard vocabulary (suggests the nearest standard one). */
import { describe, expect, it } from 'vitest';
import { checkFixture, only, where } from '../../helpers/check.js';

const rule = 'unknown-channel';

describe(rule, () => {
  it('warns at the channel, in a list or as a single value, with the nearest standard name', () => {
    const found = only(checkFixture('rules/unknown-channel/unknown.yaml'), rule);
    expect(where(found)).toEqual([
      { rule, severity: 'warning', line: 12, column: 32, target: 'policy.normative#channel' },
      { rule, severity: 'warning', line: 23, column: 18, target: 'demo.fees#channel' },
    ]);
    expect(found[0]?.message).toContain('“政府门户网站”不是标准名称，是不是“政府网站”？');
    expect(found[1]?.message).toContain('是不是“两微一端”？确是其他渠道请写成“其他：微信公众号”');
  });

  it('accepts standard names (full-width brackets too) and 其他：说明', () => {
    expect(checkFixture('rules/unknown-channel/standard.yaml')).toEqual([]);
  });
});
