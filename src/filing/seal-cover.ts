/**
 * Where a seal lies: a seal may be stamped over the report's 落款, never over the catalogue table. Its
 * appearance may be opaque (a seal image on white), so laid over a row of √ marks it hides them, or shows
 * them in another column; seal.ts limits what it paints, this limits where.
 */
import type { Finding } from '../model/index.js';
import { filingFinding } from './findings.js';
import type { PdfJsDocument } from './paint.js';

/** A page of the catalogue table: one that shows a √ (every item row has its marks)… */
const TABLE_MARK = '√';
/**
 * …or the table's header (render/layout/columns.ts, repeated on every page of the table): the cut tail of a
 * row taller than a page has no √ of its own, and a county can make a municipal row that tall by adding
 * content lines before the municipal ones.
 */
const TABLE_HEADER = '公开内容（要素）';

interface TextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

/** The box of a text item in user space: [x0, y0, x1, y1]. */
function box(item: TextItem): [number, number, number, number] {
  const [, , , , x = 0, y = 0] = item.transform ?? [];
  const h = item.height || Math.abs(item.transform?.[3] ?? 0);
  return [x, y - 0.25 * h, x + (item.width ?? 0), y + h];
}

/** Whether two rectangles (any corner order for the second) overlap. */
function intersects(a: readonly number[], rect: readonly number[]): boolean {
  const [p = 0, q = 0, r = 0, t = 0] = rect;
  const [x0, x1, y0, y1] = [Math.min(p, r), Math.max(p, r), Math.min(q, t), Math.max(q, t)];
  return (a[0] ?? 0) < x1 && (a[2] ?? 0) > x0 && (a[1] ?? 0) < y1 && (a[3] ?? 0) > y0;
}

/** The page number line, — 4 —, outside the table. */
const PAGE_NUMBER = /^\s*—\s*\d+\s*—\s*$/;

/**
 * A finding for each annotation of the file as a viewer shows it (on screen or in print, whatever its
 * flags) that lies in the extent of the catalogue table of its page; `revisionOf` names the revision that
 * added an annotation object (the last one when unknown). Only a later revision's seals can be there:
 * the first revision's annotations were compared with the rebuild's.
 */
export async function sealsOverTable(doc: PdfJsDocument, revisionOf: ReadonlyMap<number, number>, last: number): Promise<Finding[]> {
  const findings: Finding[] = [];
  {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const annotations = (await page.getAnnotations({ intent: 'any' })) as { id?: string; rect?: number[] }[];
      if (annotations.length === 0) continue;
      const items = (await page.getTextContent()).items as TextItem[];
      page.cleanup();
      if (!items.some((i) => i.str?.includes(TABLE_MARK) || i.str?.trim() === TABLE_HEADER)) continue;
      // The table's extent: every text but the page number (a seal in an empty cell adds a √ as well as one over a cell hides it).
      const text = items.filter((i) => (i.str ?? '').trim() !== '' && !PAGE_NUMBER.test(i.str ?? ''));
      if (text.length === 0) continue;
      const extent = text.map(box).reduce((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]);
      for (const a of annotations) {
        if (!Array.isArray(a.rect) || a.rect.length !== 4 || !intersects(extent, a.rect)) continue;
        const num = /^(\d+)R$/.exec(a.id ?? '')?.[1];
        const revision = (num === undefined ? undefined : revisionOf.get(Number(num))) ?? last;
        findings.push(filingFinding('tampered-document', 'revision', { revision, what: `seal over the catalogue table (page ${n})` }));
      }
    }
  }
  return findings;
}
