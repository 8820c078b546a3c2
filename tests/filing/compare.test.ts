/** Page text comparison: whitespace never counts, page counts first, then the first differing page quoted around the change. */
import { describe, expect, it } from 'vitest';
import { comparePageTexts, normalizePageText } from '../../src/filing/compare.js';

describe('comparePageTexts', () => {
  it('ignores whitespace, including the ideographic space and no-break spaces', () => {
    expect(normalizePageText(' 卫辉市\u3000教育局\n文件\u00a0 ')).toBe('卫辉市教育局文件');
    expect(comparePageTexts(['卫辉市 教育局', '第二页'], ['卫辉市教育局', '第 二 页'])).toEqual({ same: true });
  });

  it('reports a different page count before any text', () => {
    expect(comparePageTexts(['a', 'b'], ['a', 'b', 'c'])).toEqual({ same: false, kind: 'pages', actual: 2, expected: 3 });
  });

  it('names the first page that differs and quotes both texts around the first difference', () => {
    const expected = ['第一页', '事项：招生计划；公开渠道：政府网站；公开对象：全社会；公开方式：主动'];
    const actual = ['第一页', '事项：招生计划；公开渠道：政务新媒体；公开对象：全社会；公开方式：主动'];
    expect(comparePageTexts(actual, expected)).toEqual({
      same: false,
      kind: 'text',
      page: 2,
      actual: '…：招生计划；公开渠道：政务新媒体；公开对象：全社…',
      expected: '…：招生计划；公开渠道：政府网站；公开对象：全社会…',
    });
  });

  it('quotes an empty page as empty', () => {
    expect(comparePageTexts([''], ['正文'])).toMatchObject({ page: 1, actual: '（空）', expected: '正文' });
  });
});
