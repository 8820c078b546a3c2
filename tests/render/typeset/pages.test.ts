/** Paragraphs split across pages: every page filled to its 22nd line but for two lines kept together on each side. */
import { describe, expect, it } from 'vitest';
import { endRow, MIN_LINES_AT_BREAK, pageStarts } from '../../../src/render/typeset/pages.js';

const PAGE = 22;

/** The lines of a paragraph per page, as painted from grid line `row` with `starts`. */
function pieces(row: number, count: number): { first: number; lines: number }[] {
  const starts = pageStarts(row, count);
  const bounds = [0, ...starts.filter((s) => s > 0), count];
  return bounds
    .slice(0, -1)
    .map((from, i) => ({
      first: i === 0 && !starts.includes(0) ? row : 0,
      lines: bounds[i + 1]! - from,
    }))
    .filter((p) => p.lines > 0);
}

describe('pageStarts', () => {
  it('splits a paragraph across pages instead of moving it whole (fengqiu: 3 of 5 lines fit on page 1)', () => {
    expect(pageStarts(19, 5)).toEqual([3]);
    expect(pageStarts(0, 22)).toEqual([]);
    expect(pageStarts(22, 3)).toEqual([0]);
  });

  it('keeps two lines at least at the foot and at the head of a page', () => {
    expect(pageStarts(21, 5)).toEqual([0]); // one line would stay: the paragraph goes over
    expect(pageStarts(18, 5)).toEqual([3]); // one line would go over: two go
    expect(pageStarts(20, 3)).toEqual([0]); // 2 + 1 cannot keep both rules: all three go
  });

  it('over every start and length: no piece but a one-line paragraph is shorter than two lines, no page ends more than two lines early', () => {
    for (let row = 0; row <= PAGE; row++) {
      for (let count = 1; count <= 70; count++) {
        const parts = pieces(row, count);
        const where = `row ${row}, ${count} lines`;
        expect(
          parts.reduce((n, p) => n + p.lines, 0),
          where,
        ).toBe(count);
        if (count >= 2) for (const p of parts) expect(p.lines, where).toBeGreaterThanOrEqual(MIN_LINES_AT_BREAK);
        parts.slice(0, -1).forEach((p) => {
          expect(p.first + p.lines, where).toBeLessThanOrEqual(PAGE);
          expect(PAGE - (p.first + p.lines), where).toBeLessThanOrEqual(2);
        });
        const last = parts.at(-1)!;
        expect(endRow(row, count), where).toBe(last.first + last.lines);
        // Moving a whole paragraph leaves at most two lines of its first page empty.
        if (pageStarts(row, count)[0] === 0 && row < PAGE) expect(PAGE - row, where).toBeLessThanOrEqual(2);
      }
    }
  });
});
