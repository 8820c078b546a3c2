/** GB/T 9704 5.2.3: a 正文 paragraph goes on over the page break, every page filled but for two lines kept on each side. */
import { describe, expect, it } from 'vitest';
import type { Block, OfficialDocument } from '../../../src/model/index.js';
import { LINE_PITCH, PORTRAIT_FRAME } from '../../../src/render/pdf/geometry.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { example, needs, pageText, tempPdf, words } from './fixtures.js';

const FENGQIU = 'catalogues/fengqiu.yaml';
const BOTTOM = PORTRAIT_FRAME.top + PORTRAIT_FRAME.height;
/** A paragraph of `lines` full lines of one character (26 on the first, two characters in). */
const paragraphOf = (char: string, lines: number): Block => ({ kind: 'paragraph', runs: [{ role: 'fang', text: char.repeat(26 + 28 * (lines - 1)) }] });

/** fengqiu's notice with its 正文 replaced by paragraphs of the given lines, each in its own character. */
function withParagraphs(doc: OfficialDocument, sizes: readonly number[]): OfficialDocument {
  const head = doc.body.filter((b) => ['masthead', 'docNumber', 'redLine', 'title', 'recipients'].includes(b.kind));
  const tail = doc.body.filter((b) => ['attachmentNote', 'signature', 'annotation'].includes(b.kind));
  const table = { ...doc.attachment.table, groups: doc.attachment.table.groups.slice(0, 1) };
  const chars = '察测验';
  return { ...doc, body: [...head, ...sizes.map((n, i) => paragraphOf(chars[i]!, n)), ...tail], attachment: { ...doc.attachment, table } };
}

/** How many lines of `char` a page holds. */
const linesOf = (path: string, page: number, char: string): number =>
  new Set(
    words(path, page)
      .filter((w) => w.text.includes(char))
      .map((w) => Math.round(w.yMin)),
  ).size;

describe.skipIf(!needs('pdftotext'))('paragraphs across pages', () => {
  const ex = example(FENGQIU);

  it("fills page 1 of fengqiu's notice to its last grid line", async () => {
    const path = tempPdf(await renderPdf(ex.notice, ex.options));
    const text = words(path, 1).filter((w) => w.yMax < BOTTOM + 1);
    const lowest = Math.max(...text.map((w) => w.yMax));
    expect(lowest).toBeGreaterThan(BOTTOM - LINE_PITCH);
  }, 60_000);

  it('splits a paragraph at the foot of a page, three lines here and two overleaf', async () => {
    // The 正文 starts on grid line 14 of page 1: 5 lines of 察 end on line 18, the 5 of 测 have 3 lines left.
    const path = tempPdf(await renderPdf(withParagraphs(ex.notice, [5, 5, 3]), ex.options));
    expect(linesOf(path, 1, '察')).toBe(5);
    expect(linesOf(path, 1, '测')).toBe(3);
    expect(linesOf(path, 2, '测')).toBe(2);
    expect(pageText(path, 2)).toContain('验');
  }, 60_000);

  it('carries two lines rather than leave one alone at the head of a page (widow), and moves a paragraph rather than leave one line at the foot (orphan)', async () => {
    const widow = tempPdf(await renderPdf(withParagraphs(ex.notice, [4, 5, 3]), ex.options));
    expect([linesOf(widow, 1, '测'), linesOf(widow, 2, '测')]).toEqual([3, 2]);
    const orphan = tempPdf(await renderPdf(withParagraphs(ex.notice, [7, 5, 3]), ex.options));
    expect([linesOf(orphan, 1, '测'), linesOf(orphan, 2, '测')]).toEqual([0, 5]);
  }, 60_000);
});
