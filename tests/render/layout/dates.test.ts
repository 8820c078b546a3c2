import { describe, expect, it } from 'vitest';
import { chineseDate } from '../../../src/render/layout/dates.js';

describe('chineseDate', () => {
  it('writes Arabic numerals without leading zeros', () => {
    expect(chineseDate('2020-10-26')).toBe('2020年10月26日');
    expect(chineseDate('2021-01-05')).toBe('2021年1月5日');
    expect(chineseDate('2020-11-02')).toBe('2020年11月2日');
  });

  it('refuses anything that is not an ISO date', () => {
    expect(() => chineseDate('2020/10/26')).toThrow(/ISO/);
    expect(() => chineseDate('')).toThrow(/ISO/);
  });
});
