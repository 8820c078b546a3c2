import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balanceTitle, LANDSCAPE_TITLE_LINE_UNITS, TITLE_LINE_UNITS, wordStarts } from '../../../src/render/typeset/index.js';

/** Whether some line break falls strictly inside a 《…》. */
function splitsBookTitle(lines: readonly string[]): boolean {
  let depth = 0;
  return lines.slice(0, -1).some((line) => {
    for (const ch of line) depth += ch === '《' ? 1 : ch === '》' ? -1 : 0;
    return depth > 0;
  });
}

const HANZI = Array.from('甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥');
const hanzi = (min: number, max: number) => fc.array(fc.constantFrom(...HANZI), { minLength: min, maxLength: max }).map((a) => a.join(''));

describe('balanceTitle', () => {
  it('keeps a short title on one line', () => {
    expect(balanceTitle('卫辉市教育局关于印发通知')).toEqual(['卫辉市教育局关于印发通知']);
  });

  it('splits a 《…》 longer than a line (22 characters > 20) between terms, never inside 义务教育领域 (印发通知)', () => {
    const t = '卫辉市教育局关于印发《卫辉市义务教育领域基层政务公开标准目录》的通知';
    expect(balanceTitle(t, { keep: ['卫辉市教育局', '卫辉市'] })).toEqual(['卫辉市教育局关于印发《卫辉市义务教育领域', '基层政务公开标准目录》的通知']);
  });

  it('keeps the terms of the 备案报告 title whole (梯形)', () => {
    const t = '卫辉市教育局关于报送《卫辉市义务教育领域基层政务公开标准目录》备案的报告';
    expect(balanceTitle(t, { keep: ['卫辉市教育局', '卫辉市'] })).toEqual(['卫辉市教育局关于报送《卫辉市义务教育领域', '基层政务公开标准目录》备案的报告']);
  });

  it('takes a third line rather than split a 《…》 that fits on one line', () => {
    const t = '某县教育局关于报送《某县义务教育领域基层政务公开目录》备案的报告';
    const lines = balanceTitle(t, { keep: ['某县教育局', '某县'] });
    expect(lines.some((l) => l.includes('《某县义务教育领域基层政务公开目录》'))).toBe(true);
  });

  it('splits a 《…》 longer than a line, at a word boundary', () => {
    const t = '某某县教育局关于印发《某某县义务教育领域基层政务公开标准目录及义务教育阶段学校校务公开标准目录》的通知';
    expect(balanceTitle(t, { keep: ['某某县教育局', '某某县'] })).toEqual([
      '某某县教育局关于印发',
      '《某某县义务教育领域基层政务公开标准目录',
      '及义务教育阶段学校校务公开标准目录》',
      '的通知',
    ]);
  });

  it('never starts a line with closing punctuation nor ends one with an opening mark', () => {
    const t = '某某县教育局关于转发《某某市教育局关于做好（义务教育）招生工作》的通知的通知的通知';
    const lines = balanceTitle(t);
    lines.slice(1).forEach((l) => expect(l).not.toMatch(/^[》）。，、]/));
    lines.slice(0, -1).forEach((l) => expect(l).not.toMatch(/[《（]$/));
  });

  it('balances plain text: lines within three characters (two given up to keep a word whole), as few lines as fit', () => {
    fc.assert(
      fc.property(hanzi(25, 90), (t) => {
        const lines = balanceTitle(t);
        const widths = lines.map((l) => Array.from(l).length);
        expect(lines.join('')).toBe(t);
        expect(lines.length).toBe(Math.ceil(t.length / TITLE_LINE_UNITS));
        expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(3);
      }),
      { numRuns: 200 },
    );
  });

  it('never splits a 《…》 that fits on a line, and never adds more than one line for it', () => {
    fc.assert(
      fc.property(hanzi(0, 30), hanzi(1, 20), hanzi(0, 30), (pre, inner, post) => {
        const t = `${pre}《${inner}》${post}`;
        const lines = balanceTitle(t);
        expect(lines.join('')).toBe(t);
        lines.forEach((l) => expect(Array.from(l).length).toBeLessThanOrEqual(TITLE_LINE_UNITS));
        expect(splitsBookTitle(lines)).toBe(false);
        expect(lines.length).toBeLessThanOrEqual(Math.ceil(Array.from(t).length / TITLE_LINE_UNITS) + 1);
      }),
      { numRuns: 300 },
    );
  });

  it('counts ASCII as half a character', () => {
    const t = `${'甲'.repeat(16)}2020年版${'乙'.repeat(6)}`;
    expect(balanceTitle(t).length).toBe(2);
    expect(balanceTitle(`${'甲'.repeat(18)}2020`)).toEqual([`${'甲'.repeat(18)}2020`]);
  });
});

describe('balanceTitle: one balancer for every painter', () => {
  it('gives a three-line title an hourglass (沙漏形) only when every other shape splits a word (词意完整 first)', () => {
    fc.assert(
      fc.property(hanzi(41, 60), (t) => {
        const widths = balanceTitle(t).map((l) => Array.from(l).length);
        if (widths.length !== 3 || widths[1]! >= Math.min(widths[0]!, widths[2]!)) return;
        // 22 hanzi are one UTF-16 unit each, so character and offset agree.
        const starts = wordStarts(t);
        const n = t.length;
        for (let a = 1; a <= TITLE_LINE_UNITS; a += 1) {
          for (let b = a + 1; b <= a + TITLE_LINE_UNITS && b < n; b += 1) {
            const [x, y, z] = [a, b - a, n - b];
            if (z > TITLE_LINE_UNITS || y < Math.min(x, z)) continue;
            expect(starts.has(a) && starts.has(b), `${t}: ${x}/${y}/${z} keeps every word and is no hourglass`).toBe(false);
          }
        }
      }),
      { numRuns: 60 },
    );
    // Found by CI: 丁丁 ends line 1 and 戌亥 starts line 3 only in 20/19/20; the other shapes split a word.
    const u = `${'甲'.repeat(18)}丁丁${'甲'.repeat(19)}戌亥${'甲'.repeat(18)}`;
    expect(wordStarts(u).has(20) && wordStarts(u).has(39)).toBe(true);
    expect(balanceTitle(u).map((l) => Array.from(l).length)).toEqual([20, 19, 20]);
    // 甲子 is one word: 20/19/20 keeps it whole but is an hourglass; 19/20/20 keeps it whole too.
    const t = `${'甲'.repeat(40)}子${'甲'.repeat(18)}`;
    expect(balanceTitle(t).map((l) => Array.from(l).length)).toEqual([19, 20, 20]);
  }, 30_000);

  it('breaks the landscape 附件 title (28 characters of 二号 in 225 mm) between words', () => {
    const t = '某某县义务教育领域基层政务公开标准目录及义务教育阶段学校校务公开标准目录';
    const lines = balanceTitle(t, { units: LANDSCAPE_TITLE_LINE_UNITS, keep: ['某某县'] });
    expect(LANDSCAPE_TITLE_LINE_UNITS).toBe(28);
    expect(lines).toEqual(['某某县义务教育领域基层政务公开标准目录', '及义务教育阶段学校校务公开标准目录']);
  });

  it('is the only title balancer: the PDF, DOCX and HTML painters import it, and no other is exported', async () => {
    const typeset = await import('../../../src/render/typeset/index.js');
    expect(
      Object.keys(typeset)
        .filter((k) => /title/i.test(k))
        .sort(),
    ).toEqual(['LANDSCAPE_TITLE_LINE_UNITS', 'TITLE_LINE_UNITS', 'balanceTitle', 'titleUnits']);
  });
});
