/**
 * Where a seal lies: only over the 落款 (发文机关署名 and 成文日期), never over the catalogue table nor
 * anywhere else. Its appearance may be opaque (a seal image on white), so laid over a row of √ marks it
 * hides them, or shows them in another column, and an image in a page's margin can say anything (第三类事项
 * 本年度暂不公开); seal.ts limits what it paints, this limits where.
 */
import type { Finding } from '../model/index.js';
import { loadPdfJs } from './extract.js';
import { filingFinding } from './findings.js';
import type { PdfJsDocument } from './paint.js';

/** A rectangle in a page's user space: [x0, y0, x1, y1], x0 ≤ x1, y0 ≤ y1. */
type Box = readonly [number, number, number, number];

/** A seal as a viewer shows it: its page, its /Rect as pdf.js normalised it, and the revision that added it. */
export interface Seal {
  readonly page: number;
  readonly rect: readonly number[] | undefined;
  readonly revision: number;
  /** pdf.js found an appearance stream to paint (an invisible signature has none and no area). */
  readonly hasAppearance: boolean;
}

/** The 落款's two lines as the rebuild paints them (render/layout/common.ts `closing`, render/pdf/body.ts `signature`). */
export interface Closing {
  readonly issuer: string;
  readonly date: string;
}

/**
 * How far a seal's centre may lie from the centre of the 落款 block (署名 and 成文日期 lines): 25 mm. GB/T
 * 9704-2012 7.3.5 stamps the seal 端正、居中下压 the two lines, i.e. centred on them; a 42 mm seal on a
 * 落款 about 40 mm wide and 17 mm high leaves room for a hand-placed seal to be off by a good centimetre,
 * while a seal that only grazes the block with its edge (centre ≥ 25 mm away) could paint beside it.
 */
const SEAL_REACH_POINTS = (25 / 25.4) * 72;

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
export async function sealsOverTable(
  doc: PdfJsDocument,
  revisionOf: ReadonlyMap<number, number>,
  last: number,
): Promise<{ findings: Finding[]; seals: Seal[] }> {
  const findings: Finding[] = [];
  const seals: Seal[] = [];
  {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const annotations = (await page.getAnnotations({ intent: 'any' })) as { id?: string; rect?: number[]; hasAppearance?: boolean }[];
      if (annotations.length === 0) continue;
      for (const a of annotations)
        seals.push({ page: n, rect: a.rect, revision: revisionOfId(a.id, revisionOf, last), hasAppearance: a.hasAppearance !== false });
      const items = (await page.getTextContent()).items as TextItem[];
      page.cleanup();
      if (!items.some((i) => i.str?.includes(TABLE_MARK) || i.str?.trim() === TABLE_HEADER)) continue;
      // The table's extent: every text but the page number (a seal in an empty cell adds a √ as well as one over a cell hides it).
      const text = items.filter((i) => (i.str ?? '').trim() !== '' && !PAGE_NUMBER.test(i.str ?? ''));
      if (text.length === 0) continue;
      const extent = text.map(box).reduce((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]);
      for (const a of annotations) {
        if (!Array.isArray(a.rect) || a.rect.length !== 4 || !intersects(extent, a.rect)) continue;
        findings.push(
          filingFinding('tampered-document', 'revision', { revision: revisionOfId(a.id, revisionOf, last), what: `seal over the catalogue table (page ${n})` }),
        );
      }
    }
  }
  return { findings, seals };
}

/** The revision that added the annotation object pdf.js names `id` (`12R`); the last one when unknown. */
function revisionOfId(id: string | undefined, revisionOf: ReadonlyMap<number, number>, last: number): number {
  const num = /^(\d+)R$/.exec(id ?? '')?.[1];
  return (num === undefined ? undefined : revisionOf.get(Number(num))) ?? last;
}

/** A page's text lines: items on one baseline, left to right, white space dropped, with their extent. */
function linesOf(items: readonly TextItem[]): { text: string; y: number; box: Box }[] {
  const lines: { text: string; y: number; items: TextItem[] }[] = [];
  for (const item of items) {
    if ((item.str ?? '').trim() === '') continue;
    const y = item.transform?.[5] ?? 0;
    const line = lines.find((l) => Math.abs(l.y - y) < 0.5);
    if (line) line.items.push(item);
    else lines.push({ text: '', y, items: [item] });
  }
  return lines.map((l) => {
    const sorted = [...l.items].sort((a, b) => (a.transform?.[4] ?? 0) - (b.transform?.[4] ?? 0));
    const text = sorted
      .map((i) => i.str ?? '')
      .join('')
      .replace(/\s/g, '');
    return { text, y: l.y, box: sorted.map((i): Box => box(i)).reduce(union) };
  });
}

const union = (a: Box, b: Box): Box => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];

/** The 落款 block of a page's lines: the 成文日期 line and the 署名 line right above it (within three lines), or undefined. */
function closingBlock(items: readonly TextItem[], closing: Closing): Box | undefined {
  const lines = linesOf(items);
  const [issuer, date] = [closing.issuer.replace(/\s/g, ''), closing.date.replace(/\s/g, '')];
  for (const d of lines) {
    if (d.text !== date) continue;
    const height = d.box[3] - d.box[1];
    const above = lines.filter((l) => l.text === issuer && l.y > d.y && l.y - d.y <= 3 * height).sort((a, b) => a.y - b.y)[0];
    if (above) return union(above.box, d.box);
  }
  return undefined;
}

/** The 落款 block on each of `pages` of the rebuild (as the bureau's own build paints it). */
async function closingBlocks(rebuilt: Uint8Array, pages: readonly number[], closing: Closing): Promise<Map<number, Box>> {
  const { getDocument } = await loadPdfJs();
  const doc = await getDocument({ data: new Uint8Array(rebuilt), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const blocks = new Map<number, Box>();
  try {
    for (const n of new Set(pages)) {
      if (n < 1 || n > doc.numPages) continue;
      const page = await doc.getPage(n);
      const block = closingBlock((await page.getTextContent()).items as TextItem[], closing);
      page.cleanup();
      if (block) blocks.set(n, block);
    }
  } finally {
    await doc.destroy();
  }
  return blocks;
}

/**
 * A finding for each seal (any annotation a viewer shows) that is not stamped over the 落款 of its page as
 * the rebuild paints it: its /Rect must intersect the block of the 署名 and 成文日期 lines and its centre lie
 * within SEAL_REACH_POINTS of the block's centre. A signature without a seal (no appearance, no area) is
 * no seal. Rects are in the page's user space, as the rebuild's text is: the page box, rotation and user
 * unit are part of each page's frame, proven the rebuild's before any seal is judged (integrity.ts).
 */
export async function sealsOffClosing(seals: readonly Seal[], rebuilt: Uint8Array, closing: Closing): Promise<Finding[]> {
  const visible = seals.filter((s) => s.hasAppearance || !Array.isArray(s.rect) || area(s.rect) > 0);
  if (visible.length === 0) return [];
  const blocks = await closingBlocks(
    rebuilt,
    visible.map((s) => s.page),
    closing,
  );
  const findings: Finding[] = [];
  for (const s of visible) {
    const block = blocks.get(s.page);
    if (block && Array.isArray(s.rect) && s.rect.length === 4 && s.rect.every(Number.isFinite) && overClosing(s.rect, block)) continue;
    findings.push(filingFinding('tampered-document', 'sealPlace', { revision: s.revision, page: s.page }));
  }
  return findings;
}

/** Whether a seal's rect (any corner order) lies over the 落款 block: intersecting it, its centre within reach of the block's. */
function overClosing(rect: readonly number[], block: Box): boolean {
  const [p = 0, q = 0, r = 0, t = 0] = rect;
  const centre = [(p + r) / 2, (q + t) / 2];
  const middle = [(block[0] + block[2]) / 2, (block[1] + block[3]) / 2];
  return intersects(block, rect) && Math.hypot((centre[0] ?? 0) - (middle[0] ?? 0), (centre[1] ?? 0) - (middle[1] ?? 0)) <= SEAL_REACH_POINTS;
}

const area = ([x0 = 0, y0 = 0, x1 = 0, y1 = 0]: readonly number[]): number => Math.abs((x1 - x0) * (y1 - y0));
