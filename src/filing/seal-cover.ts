/**
 * Where a seal lies: a seal may be stamped over the report's 落款, never over the catalogue table. Its
 * appearance may be opaque (a seal image on white), so laid over a row of √ marks it hides them, or shows
 * them in another column; seal.ts limits what it paints, this limits where.
 */
import type { Finding } from '../model/index.js';
import { loadPdfJs } from './extract.js';
import { filingFinding } from './findings.js';
import type { Seal } from './updates.js';

/** A page of the catalogue table: one that shows a √ (every item row has its marks). */
const TABLE_MARK = '√';

interface TextItem { str?: string; transform?: number[]; width?: number; height?: number }

/** Whether the box of a text item (user space) and the rectangle overlap. */
function overlaps(item: TextItem, rect: readonly number[]): boolean {
  const [, , , , x = 0, y = 0] = item.transform ?? [];
  const w = item.width ?? 0;
  const h = item.height || Math.abs(item.transform?.[3] ?? 0);
  const [a = 0, b = 0, c = 0, d = 0] = rect;
  const [x0, x1, y0, y1] = [Math.min(a, c), Math.max(a, c), Math.min(b, d), Math.max(b, d)];
  return x < x1 && x + w > x0 && y - 0.25 * h < y1 && y + h > y0;
}

/** A finding for each seal laid over text of a catalogue-table page of `first` (the filing as built). */
export async function sealsOverTable(first: Uint8Array, seals: readonly Seal[]): Promise<Finding[]> {
  if (seals.length === 0) return [];
  const pdfjs = await loadPdfJs();
  const doc = await pdfjs.getDocument({ data: new Uint8Array(first), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const findings: Finding[] = [];
  try {
    const wanted = new Set(seals.map((s) => s.page));
    for (let n = 1; n <= doc.numPages && wanted.size > 0; n++) {
      const page = await doc.getPage(n);
      if (!wanted.has(page.ref?.num ?? -1)) continue;
      const items = (await page.getTextContent()).items as TextItem[];
      const table = items.some((i) => i.str?.includes(TABLE_MARK));
      for (const seal of seals.filter((s) => s.page === page.ref?.num)) {
        if (table && items.some((i) => (i.str ?? '').trim() !== '' && overlaps(i, seal.rect))) {
          findings.push(filingFinding('tampered-document', 'revision', { revision: seal.revision, what: `seal over the catalogue table (page ${n})` }));
        }
      }
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return findings;
}
