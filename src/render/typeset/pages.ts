/**
 * Where a 正文 paragraph's lines go over to the next page: every page is filled to its last grid line (GB/T
 * 9704 5.2.3), except that no page keeps a paragraph's single first line (orphan) and no page starts with its
 * single last line (widow) — two lines at least on each side, as Word's widow control does.
 */
import { LINES_PER_PAGE } from './gbt9704.js';

/** Fewest lines of a paragraph left at the foot of a page or carried to the head of the next. */
export const MIN_LINES_AT_BREAK = 2;

/**
 * The indexes of the lines that start a new page, for `count` lines from grid line `row` (0-based; `row` ≥
 * LINES_PER_PAGE is the next page's first line). A page ends early only to keep MIN_LINES_AT_BREAK together.
 */
export function pageStarts(row: number, count: number, linesPerPage = LINES_PER_PAGE): number[] {
  const starts: number[] = [];
  let at = row >= linesPerPage ? 0 : row;
  let line = 0;
  if (row >= linesPerPage && count > 0) starts.push(0);
  while (count - line > linesPerPage - at) {
    const left = count - line;
    let take = linesPerPage - at;
    if (left - take < MIN_LINES_AT_BREAK) take = left - MIN_LINES_AT_BREAK; // no widow
    if (take < MIN_LINES_AT_BREAK && line === 0) take = 0; // no orphan: the whole paragraph goes over
    take = Math.max(0, take);
    line += take;
    if (starts.at(-1) !== line) starts.push(line);
    at = 0;
  }
  return starts;
}

/** The grid line after the paragraph's last line, on the page where it ends (1 … LINES_PER_PAGE). */
export function endRow(row: number, count: number, linesPerPage = LINES_PER_PAGE): number {
  const starts = pageStarts(row, count, linesPerPage);
  const last = starts.at(-1);
  return last === undefined ? row + count : count - last;
}
