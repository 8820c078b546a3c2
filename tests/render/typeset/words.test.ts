/** Words kept whole (GB/T 9704 7.3.1 词意完整): generated titles and every table header break only between words. */
import { describe, expect, it } from 'vitest';
import { tableHeader } from '../../../src/render/layout/columns.js';
import { balanceTitle, breakLines, wordStarts } from '../../../src/render/typeset/index.js';

const REGIONS = [
  '卫辉市',
  '封丘县',
  '长垣市',
  '新乡县',
  '红旗区',
  '凤泉区',
  '获嘉县',
  '原阳县',
  '延津县',
  '辉县市',
  '某某土家族苗族自治县',
  '平原城乡一体化示范区',
];
const SCHOOLS = ['卫辉市实验学校', '封丘县城关镇第一初级中学', '新乡市第十中学'];

/** UTF-16 offsets at which `lines` were cut. */
const cuts = (lines: readonly string[]): number[] => lines.slice(0, -1).map((_, i) => lines.slice(0, i + 1).join('').length);

function titles(): { text: string; keep: string[] }[] {
  const county = REGIONS.flatMap((r) => {
    const issuer = `${r}教育局`;
    const title = `${r}义务教育领域基层政务公开标准目录`;
    return [`${issuer}关于印发《${title}》的通知`, `${issuer}关于报送《${title}》备案的报告`].map((text) => ({ text, keep: [issuer, r] }));
  });
  const school = SCHOOLS.flatMap((s) =>
    [`${s}关于印发《${s}校务公开标准目录》的通知`, `${s}关于报送《${s}校务公开标准目录》备案的报告`].map((text) => ({ text, keep: [s] })),
  );
  return [...county, ...school];
}

describe('titles break between words', () => {
  it.each(titles())('$text', ({ text, keep }) => {
    const lines = balanceTitle(text, { keep });
    expect(lines.join('')).toBe(text);
    const starts = wordStarts(text, keep);
    for (const at of cuts(lines)) expect(starts.has(at), `${lines.join(' / ')}`).toBe(true);
  });

  it('keeps 义务教育领域 whole in the shipped titles', () => {
    const lines = balanceTitle('卫辉市教育局关于印发《卫辉市义务教育领域基层政务公开标准目录》的通知', { keep: ['卫辉市教育局', '卫辉市'] });
    expect(lines.some((l) => l.includes('义务教育领域'))).toBe(true);
  });
});

describe('table headers break between words', () => {
  const [top, bottom] = tableHeader(['县级', '乡级', '校级'], true);
  const texts = [...top, ...bottom].map((c) => c.text);
  const unit = (s: string): number => [...s].length;

  // Four characters: the narrowest a header gets, and what （要素） needs with 避头尾.
  it.each(texts)('%s, at every width from four characters', (text) => {
    for (let width = 4; width <= unit(text); width += 1) {
      const lines = breakLines(text, width, unit, { words: Infinity });
      expect(lines.join('')).toBe(text);
      const starts = wordStarts(text);
      for (const at of cuts(lines)) expect(starts.has(at), `${lines.join('/')} at ${width}`).toBe(true);
    }
  });

  it('公开对象 is 公开/对象 in three characters, never 公开对/象', () => {
    expect(breakLines('公开对象', 3, unit, { words: Infinity })).toEqual(['公开', '对象']);
    expect(breakLines('公开主体', 3, unit, { words: Infinity })).toEqual(['公开', '主体']);
  });

  it('body cells give up at most two characters for a word boundary', () => {
    expect(breakLines('学校名称学校地址', 5, unit, { words: 2 })).toEqual(['学校名称', '学校地址']);
    expect(breakLines('学校名称学校地址', 5, unit)).toEqual(['学校名称学', '校地址']);
    expect(breakLines('中华人民共和国', 3, unit, { words: 2 })).toEqual(['中华', '人民', '共和国']);
    expect(breakLines('中华人民共和国教育法', 6, unit, { words: 2 })).toEqual(['中华人民', '共和国教育法']);
  });
});
