/** GB/T 9704 §7.3.5: over bodies of every length, the 署名 never stands alone on a page — 正文 and 附件说明 share it. */
import { describe, expect, it } from 'vitest';
import type { Block, OfficialDocument } from '../../../src/model/index.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { example, needs, run, tempPdf } from './fixtures.js';

const FENGQIU = 'catalogues/fengqiu.yaml'; // has a 附注 (联系人) under the date
/** 正文 made of 察 so its lines are recognisable on the page; 28 characters a line, the first two in. */
const FILL = '察';
const paragraphOf = (lines: number): Block => ({ kind: 'paragraph', runs: [{ role: 'fang', text: FILL.repeat(26 + 28 * (lines - 1)) }] });

/** The body with its 正文 replaced by `lines` lines in paragraphs of at most four lines. */
function withBody(doc: OfficialDocument, lines: number): OfficialDocument {
  const sizes = Array.from({ length: Math.ceil(lines / 4) }, (_, i) => Math.min(4, lines - 4 * i));
  const head = doc.body.filter((b) => ['masthead', 'docNumber', 'redLine', 'title', 'recipients'].includes(b.kind));
  const tail = doc.body.filter((b) => ['attachmentNote', 'signature', 'annotation'].includes(b.kind));
  // One row group keeps the 附件 short; the body is what is tested.
  const table = { ...doc.attachment.table, groups: doc.attachment.table.groups.slice(0, 1) };
  return { ...doc, body: [...head, ...sizes.map(paragraphOf), ...tail], attachment: { ...doc.attachment, table } };
}

describe.skipIf(!needs('pdftotext'))('no orphaned 署名', () => {
  const ex = example(FENGQIU);
  // 1 … 26 lines end the 正文 on every one of a page's 22 grid lines, on page 1 and on page 2.
  const lengths = Array.from({ length: 26 }, (_, i) => i + 1);

  it.each(['notice', 'filing'] as const)(
    '%s: the 署名 page holds 正文 and the 附件说明',
    async (part) => {
      const doc = ex[part];
      const signature = doc.body.find((b): b is Extract<Block, { kind: 'signature' }> => b.kind === 'signature')!;
      for (const lines of lengths) {
        const path = tempPdf(await renderPdf(withBody(doc, lines), ex.options));
        const pages = run('pdftotext', ['-raw', path, '-'])
          .split('\f')
          .map((p) => p.replace(/\s+/g, ''));
        const at = pages.findIndex((p) => p.includes(signature.date.replace(/\s+/g, '')) && p.includes(signature.issuer));
        const where = `${part} with ${lines} lines of 正文, page ${at + 1}`;
        expect(at, where).toBeGreaterThanOrEqual(0);
        expect(pages[at], where).toContain('附件：');
        expect(pages[at], where).toContain(FILL);
        expect(pages[at], where).toContain('（联系人');
      }
    },
    120_000,
  );
});
