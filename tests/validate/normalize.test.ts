/** Text normalisation: cosmetic edits (widths, spaces, bracket variants, trailing 。；) compare equal. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { missingEntries, normalizeText, sameText } from '../../src/validate/normalize.js';
import { withdrawnPhrase } from '../../src/validate/withdrawn.js';

describe('normalizeText: marks drawn over a character are kept (red team)', () => {
  it.each([
    ['struck through (U+0336)', '政\u0336府\u0336网\u0336站\u0336', '政府网站'],
    ['slashed (U+0338)', '主\u0338动\u0338', '主动'],
    ['a prohibition sign (U+20E0)', '各校本年度招生计划\u20e0', '各校本年度招生计划'],
    ['a right-to-left override (shown 站网府政)', '\u202e政府网站\u202c', '政府网站'],
    ['a right-to-left isolate', '\u2067政府网站\u2069', '政府网站'],
  ])('%s does not compare equal', (_what, marked, plain) => {
    expect(sameText(marked, plain)).toBe(false);
    expect(normalizeText(normalizeText(marked))).toBe(normalizeText(marked));
  });
  it('a combining accent still goes (it changes no word)', () => expect(sameText('暂\u0301不公开', '暂不公开')).toBe(true));
  it('withdrawn phrases are still found through strokes and bidi controls', () => {
    expect(withdrawnPhrase('暂\u202d不\u0336公开\u202c')).toBe('暂不公开');
  });
});

describe('normalizeText', () => {
  it.each([
    ['full-width letters and digits', 'ＡＢＣ１２３', 'ABC123'],
    ['ASCII spaces, tabs and newlines', ' 政府 网站\t\n', '政府网站'],
    ['U+3000 ideographic spaces', '《中华人民共和国　政府信息公开条例》', '《中华人民共和国政府信息公开条例》'],
    ['no-break and zero-width spaces', '政府\u00a0网站\u200b', '政府网站'],
    ['full-width parentheses', '社区/企事业单位/村公示栏（电子屏）', '社区/企事业单位/村公示栏(电子屏)'],
    ['〔〕 as []', '教师〔2009〕1号', '教师[2009]1号'],
    ['［］ and 【】 as []', '［2009］【1】', '[2009][1]'],
    ['curly quotes', '“两免一补”‘政策’', '"两免一补"\'政策\''],
    ['a trailing 。', '《中华人民共和国政府信息公开条例》。', '《中华人民共和国政府信息公开条例》'],
    ['a trailing ；', '招生工作实施方案；', '招生工作实施方案'],
    ['a trailing full-width ；', '招生工作实施方案；', '招生工作实施方案'],
    ['trailing punctuation after a space', '招生计划 。 ', '招生计划'],
    ['several trailing marks', '招生计划。；', '招生计划'],
  ])('%s', (_name, input, expected) => expect(normalizeText(input)).toBe(expected));

  it('keeps punctuation inside the text', () => {
    expect(normalizeText('登记时间、地点。所需材料')).toBe('登记时间、地点。所需材料');
  });

  it('keeps 《》 and other characters that are not cosmetic', () => {
    expect(normalizeText('《教育法》')).not.toBe(normalizeText('教育法'));
    expect(normalizeText('县级')).not.toBe(normalizeText('乡级'));
  });

  it('is idempotent when removing a space joins a letter and a combining mark', () => {
    for (const s of ['e \u0301', 'e\u00b4', 'a\u3000\u0308']) expect(normalizeText(normalizeText(s))).toBe(normalizeText(s));
  });

  it('is idempotent (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => normalizeText(normalizeText(s)) === normalizeText(s)));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => normalizeText(normalizeText(s)) === normalizeText(s)));
  });

  it('ignores surrounding white space (property)', () => {
    const space = fc.constantFrom(' ', '\u3000', '\t', '\n');
    fc.assert(fc.property(fc.string(), space, space, (s, a, b) => normalizeText(a + s + b) === normalizeText(s)));
  });
});

describe('sameText', () => {
  it('equates the cosmetic variants of a basis', () => {
    const baseline = '《关于继续组织实施农村义务教育阶段学校教师特设岗位计划的通知》(教师〔2009〕1号)';
    expect(sameText(baseline, '《关于继续组织实施农村义务教育阶段学校教师特设岗位计划的通知》（教师[2009]1号）。')).toBe(true);
    expect(sameText(baseline, '《关于继续组织实施农村义务教育阶段学校教师特设岗位计划的通知》')).toBe(false);
  });
});

describe('missingEntries', () => {
  const baseline = ['政府网站', '政务新媒体', '社区/企事业单位/村公示栏(电子屏)'];

  it('lists the baseline entries a list lacks, as the baseline writes them, in its order', () => {
    expect(missingEntries(baseline, ['政务新媒体'])).toEqual(['政府网站', '社区/企事业单位/村公示栏(电子屏)']);
  });

  it('finds nothing missing when the list only adds or restates cosmetically', () => {
    expect(missingEntries(baseline, ['社区/企事业单位/村公示栏（电子屏）', '政务新媒体 ', '政府网站。', '学校网站'])).toEqual([]);
  });

  it('finds everything missing from an empty list', () => {
    expect(missingEntries(baseline, [])).toEqual(baseline);
  });
});
