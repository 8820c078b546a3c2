// The one serialiser of what pdf.js hands back: two values a viewer paints differently never serialise alike.
import { describe, expect, it } from 'vitest';
import { serialize } from '../../src/filing/paint.js';

describe('serialize', () => {
  it('keeps apart values JSON.stringify writes alike', () => {
    const values: unknown[] = [
      null,
      Number.NaN,
      'NaN',
      1n,
      '1n',
      ,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      0,
      '0',
      'null',
      '#NaN',
      [null],
      [Number.NaN],
      {},
      [],
    ];
    const texts = values.map((v) => serialize(v));
    expect(new Set(texts).size).toBe(values.length);
  });

  it('writes typed arrays as the arrays they hold, Maps with sorted keys', () => {
    expect(serialize(new Float32Array([1, 0.5]))).toBe(serialize([1, 0.5]));
    expect(
      serialize(
        new Map([
          ['b', 1],
          ['a', 2],
        ]),
      ),
    ).toBe('{"a":2,"b":1}');
    expect(serialize(new Map<unknown, number>([[1, 1]]))).not.toBe(serialize(new Map([['1', 1]])));
  });

  it('sorts object keys only when asked, and leaves out functions and undefined as JSON does', () => {
    expect(serialize({ b: 1, a: 2 })).toBe('{"b":1,"a":2}');
    expect(serialize({ b: 1, a: 2 }, undefined, true)).toBe('{"a":2,"b":1}');
    expect(serialize({ a: undefined, f: () => 1, n: [undefined] })).toBe('{"n":[null]}');
  });

  it('names resource ids by the tokens it is given, other strings as they are', () => {
    const tokens = new Map([['g_d0_f1', 'font:abc']]);
    expect(serialize(['g_d0_f1', 'g_d0_f2'], tokens)).toBe('["font:abc","g_d0_f2"]');
  });
});
