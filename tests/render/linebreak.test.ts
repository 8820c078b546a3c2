/** The CJK line breaker: widths, 避头尾, unbroken numbers, the 28-character grid and balanced titles. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balanceTitle, breakLines, gridSpacing } from '../../src/render/typeset/index.js';

/** One unit per full-width character, half a unit for ASCII: a monospaced stand-in for widthOfString. */
const measure = (text: string): number => [...text].reduce((width, char) => width + (char.charCodeAt(0) < 0x80 ? 0.5 : 1), 0);

const NO_START = [...'。，、；：？！）》」』〕】”’…—'];
const NO_END = [...'（《「『〔【“‘'];
const chars = (line: string): number => [...line].length;

/** Text from pieces that each start and end breakably, so a legal break exists within any line of 6 units. */
const piece = fc.oneof(
  fc.constantFrom(...'公开事项目录义务教育领域基层政务'),
  fc.tuple(fc.constantFrom(...'的了和'), fc.constantFrom(...NO_START)).map(([a, b]) => a + b),
  fc.tuple(fc.constantFrom(...NO_END), fc.constantFrom(...'卫新辉')).map(([a, b]) => a + b),
  fc.constantFrom('于2020', '〔2020〕', '174号', '的。”', '说——'),
);
const paragraph = fc.array(piece, { minLength: 1, maxLength: 60 }).map((pieces) => pieces.join(''));

describe('breakLines', () => {
  it('honours the width, keeps every character and never breaks a rule', () => {
    fc.assert(
      fc.property(paragraph, fc.integer({ min: 6, max: 30 }), (text, maxWidth) => {
        const lines = breakLines(text, maxWidth, measure);
        expect(lines.join('')).toBe(text);
        lines.forEach((line, i) => {
          expect(measure(line)).toBeLessThanOrEqual(maxWidth);
          if (i > 0) expect(NO_START).not.toContain(line[0]);
          if (i < lines.length - 1) expect(NO_END).not.toContain(line.at(-1));
          if (i > 0) expect(/\d$/.test(lines[i - 1]!) && /^\d/.test(line)).toBe(false);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('pulls the previous character down instead of starting a line with 。', () => {
    expect(breakLines('一二三四五六七八九十。', 10, measure)).toEqual(['一二三四五六七八九', '十。']);
    expect(breakLines('一二三四五六七八九十”。', 10, measure)).toEqual(['一二三四五六七八九', '十”。']);
  });

  it('carries an opening bracket to the next line', () => {
    expect(breakLines('一二三四五六七八九（十）', 10, measure)).toEqual(['一二三四五六七八九', '（十）']);
    expect(breakLines('一二三四五六七八《目录》', 9, measure)).toEqual(['一二三四五六七八', '《目录》']);
  });

  it('keeps numbers and bracketed years whole', () => {
    expect(breakLines('根据教办〔2020〕174号文件', 6, measure)).toEqual(['根据教办', '〔2020〕174', '号文件']);
    expect(breakLines('一二三四五六七八2020年', 9.5, measure)).toEqual(['一二三四五六七八', '2020年']);
    expect(breakLines('日期2020-10-26前，3.5%', 6, measure)).toEqual(['日期', '2020-10-26', '前，3.5%']);
  });

  it('splits a Latin run only when it is wider than a line', () => {
    expect(breakLines('abcdefghij', 2, measure)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('wraps at spaces between Latin words and drops them there', () => {
    expect(breakLines('Times New Roman', 4, measure)).toEqual(['Times', 'New', 'Roman']);
  });

  it('honours explicit line breaks and keeps empty lines', () => {
    expect(breakLines('附件：\n\n目录\r\n', 28, measure)).toEqual(['附件：', '', '目录', '']);
  });

  it('keeps leading full-width spaces (the two-character indent)', () => {
    expect(breakLines('　　现将目录印发给你们', 6, measure)).toEqual(['　　现将目录', '印发给你们']);
  });
});

describe('gridSpacing', () => {
  it('makes 28 三号 characters fill the 156 mm 版心', () => {
    const spacing = gridSpacing(28, 16, 442.2);
    expect(spacing).toBeCloseTo(-0.2148, 4);
    expect(28 * 16 + 27 * spacing).toBeCloseTo(442.2, 9); // pdfkit adds spacing between characters
  });

  it('is zero for a single character', () => {
    expect(gridSpacing(1, 16, 20)).toBe(0);
  });
});

describe('breakLines between words (table cells)', () => {
  it('does not leave one hanzi of a name and its closing mark on a line (教育/法》 → 教育法》)', () => {
    expect(breakLines('《中华人民共和国教育法》', 10, measure, { words: 2 })).toEqual(['《中华人民共和国', '教育法》']);
    expect(breakLines('《中华人民共和国义务教育法》', 12, measure, { words: 2 })).toEqual(['《中华人民共和国义务', '教育法》']);
  });

  it('still cuts there when no word boundary lies within reach', () => {
    expect(breakLines('《中华人民共和国教育法》', 10, measure, { words: 0 })).toEqual(['《中华人民共和国教育', '法》']);
  });
});

describe('balanceTitle (units: the line width in full-width characters)', () => {
  it('needs at most one line more than greedy breaking (to keep a 《…》 whole), never breaks width or rules', () => {
    fc.assert(
      fc.property(paragraph, fc.integer({ min: 6, max: 30 }), (text, maxWidth) => {
        const lines = balanceTitle(text, { units: maxWidth });
        expect(lines.join('')).toBe(text);
        expect(lines.length).toBeLessThanOrEqual(breakLines(text, maxWidth, measure).length + 1);
        lines.forEach((line, i) => {
          expect(measure(line)).toBeLessThanOrEqual(maxWidth);
          if (i > 0) expect(NO_START).not.toContain(line[0]);
          if (i < lines.length - 1) expect(NO_END).not.toContain(line.at(-1));
        });
      }),
      { numRuns: 200 },
    );
  });

  it('balances a two-line title without splitting words or terms (义务教育领域 stays whole)', () => {
    const lines = balanceTitle('卫辉市教育局关于印发《卫辉市义务教育领域基层政务公开标准目录》的通知', { units: 20 });
    expect(lines).toEqual(['卫辉市教育局关于印发《卫辉市义务教育领域', '基层政务公开标准目录》的通知']);
  });

  it('uses the fewest lines, as equal as possible, the longer one first', () => {
    const title = '新乡市人民政府办公室关于进一步加强义务教育阶段学生作业管理工作的通知';
    const lines = balanceTitle(title, { units: 20 });
    expect(lines).toHaveLength(2);
    expect(lines.join('')).toBe(title);
    expect(chars(lines[0]!)).toBeGreaterThanOrEqual(chars(lines[1]!));
    expect(chars(lines[0]!) - chars(lines[1]!)).toBeLessThanOrEqual(2);
  });

  it('prefers a trapezoid when an odd length cannot be split evenly', () => {
    const lines = balanceTitle('国'.repeat(35), { units: 20 });
    expect(lines.map(chars)).toEqual([18, 17]);
  });

  it('keeps a book title on one line when it can (the longer line first: 梯形)', () => {
    expect(balanceTitle('关于印发《目录》的通知', { units: 8 })).toEqual(['关于印发《目录》', '的通知']);
  });

  it('leaves a title that fits alone, and honours explicit breaks', () => {
    expect(balanceTitle('关于报送目录的报告', { units: 20 })).toEqual(['关于报送目录的报告']);
    expect(balanceTitle('卫辉市教育局\n关于报送目录的报告', { units: 20 })).toEqual(['卫辉市教育局', '关于报送目录的报告']);
  });

  it('spreads three lines evenly', () => {
    const lines = balanceTitle('国'.repeat(45), { units: 20 });
    expect(lines.map(chars)).toEqual([15, 15, 15]);
  });
});
