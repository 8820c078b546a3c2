/** Properties of the text helpers: normalisation is idempotent; the time-limit parser never throws and orders durations. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/validate/normalize.js';
import { compareTimeLimits, parseTimeLimit } from '../../src/validate/time-limit.js';
import { SEED } from './generate.js';

/** Characters normalisation treats specially: spaces, zero-width, full-width forms, brackets, punctuation, combining marks. */
const TRICKY = Array.from(' \t\n\u3000\u200b\u200c\u200d\ufeff\u00a0（）()〔〕［］【】“”‘’"\'。；;.，,ＡＢａｂ１２ｅｎ\u0301\u0308\u3099ｶﾞ㍿①ﬁ');
const trickyText = fc.string({ unit: fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'grapheme', maxLength: 1 })), maxLength: 30 });

describe('normalizeText', () => {
  it('is idempotent on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), trickyText), (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});

const KINDS = ['duration', 'immediate', 'periodic', 'text'];

describe('parseTimeLimit', () => {
  const timeWords = fc.string({
    unit: fc.constantFrom(...Array.from('0123456789零〇一二两三四五六七八九十百个工作日自然天小时月年季周学期每按实即时公开内起之日前后底初中上下旬 ')),
    maxLength: 20,
  });

  it('never throws, and always gives one of the four kinds', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), timeWords, trickyText), (s) => {
        expect(KINDS).toContain(parseTimeLimit(s).kind);
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  /** 1 → 一, 20 → 二十, 105 → 一百零五 (how counties write amounts in Chinese). */
  function chinese(n: number): string {
    const d = Array.from('零一二三四五六七八九');
    const hundreds = Math.floor(n / 100);
    const tens = Math.floor((n % 100) / 10);
    const ones = n % 10;
    const h = hundreds > 0 ? `${d[hundreds]}百` : '';
    const t = tens > 0 ? `${tens === 1 && hundreds === 0 ? '' : d[tens]}十` : hundreds > 0 && ones > 0 ? '零' : '';
    return `${h}${t}${ones > 0 ? d[ones] : ''}`;
  }

  /** Phrasings of one starting point (信息形成或者变更): they compare with one another. */
  const PHRASES: readonly ((n: string, unit: string) => string)[] = [
    (n, u) => `信息形成或者变更之日起${n}个${u}内`,
    (n, u) => `自信息形成或者变更之日起${n}${u}内予以公开`,
    (n, u) => `${n}个${u}(自该政府信息形成或者变更之日起)`,
    (n, u) => `信息形成或变更之日起${n}${u}内`,
  ];
  const UNIT_WORDS: Readonly<Record<'workday' | 'day' | 'hour', readonly string[]>> = { workday: ['工作日'], day: ['自然日', '日', '天'], hour: ['小时'] };

  const duration = (unit: 'workday' | 'day' | 'hour') =>
    fc
      .record({
        amount: fc.integer({ min: 1, max: 999 }),
        chinese: fc.boolean(),
        word: fc.constantFrom(...UNIT_WORDS[unit]),
        phrase: fc.constantFrom(...PHRASES),
      })
      .map((d) => ({ ...d, text: d.phrase(d.chinese ? chinese(d.amount) : String(d.amount), d.word) }));

  it('reads the amount, in Arabic or Chinese numerals', () => {
    fc.assert(
      fc.property(fc.constantFrom('workday', 'day', 'hour' as const).chain(duration), (d) => {
        expect(parseTimeLimit(d.text)).toMatchObject({ kind: 'duration', amount: d.amount });
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('orders durations of one unit: a larger amount is longer, a smaller or equal one is not', () => {
    const pair = fc.constantFrom('workday', 'day', 'hour' as const).chain((unit) => fc.tuple(duration(unit), duration(unit)));
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const [older, newer] = [parseTimeLimit(a.text), parseTimeLimit(b.text)];
        const expected = b.amount > a.amount ? 'longer' : 'same-or-shorter';
        // Units written differently (日/天/自然日) are the same unit.
        expect(compareTimeLimits(older, newer), `${a.text} → ${b.text}`).toBe(expected);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});
