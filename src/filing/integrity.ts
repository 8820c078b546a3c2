/** Integrity: the filing must paint what its embedded source paints when the bureau rebuilds it; later revisions may only sign it. */
import type { Checked } from '../check/check.js';
import type { Finding } from '../model/index.js';
import { RENDER_VERSION } from '../render/version.js';
import type { Embedded } from './embedded.js';
import { filingFinding } from './findings.js';
import type { FilingManifest } from '../build/manifest.js';
import { type DocumentParts, readPainting } from './paint.js';
import { judgeFonts, whereOf } from './font-judge.js';
import { comparePaintings, otherFonts, type PaintDifference } from './paint-compare.js';
import { sameObjectGraph } from './paint-objects.js';
import { mergeSections, sectionChain, startxref, strayObjectStream } from './pdf-xref.js';
import { decoyProblem } from './object-scan.js';
import { isRef } from './pdf-syntax.js';
import { rebuild, type Rebuilt } from './rebuild.js';
import { restructured, splitRevisions } from './revisions.js';
import { analyseUpdates } from './updates.js';
import { type Closing, sealsOffClosing, sealsOverTable } from './seal-cover.js';
import { documentDateText } from '../render/layout/dates.js';

/** What the integrity check concluded, and the findings that say so. */
export interface IntegrityOutcome {
  readonly integrity: 'ok' | 'tampered' | 'unverified';
  readonly findings: readonly Finding[];
}

export interface IntegrityInput {
  /** The embedded source, checked and resolved against the bureau's baseline. */
  readonly checked: Checked;
  readonly manifest: FilingManifest;
  readonly templates: NonNullable<Embedded['templates']>;
  readonly bytes: Uint8Array;
  /** This tool's version (the rebuild writes the filing's own statement instead; kept for the messages). */
  readonly toolVersion: string;
  /** The bureau's trusted font folder (`verify --fonts`). */
  readonly fontsDir?: string;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

/** The finding that names a difference of painting (same render version and fonts: the file was changed). */
/** A document part as the message names it (the key alone, e.g. `info`, says little to a bureau clerk). */
const PART_NAMES: Readonly<Record<keyof DocumentParts, { zh: string; en: string }>> = {
  actions: { zh: '文档级动作', en: 'document actions' },
  openAction: { zh: '打开文件时执行的动作（OpenAction）', en: 'action on opening (OpenAction)' },
  javaScript: { zh: '脚本（JavaScript）', en: 'scripts (JavaScript)' },
  forms: { zh: '表单', en: 'forms' },
  outline: { zh: '书签', en: 'bookmarks' },
  viewer: { zh: '显示设置', en: 'viewer settings' },
  outputIntents: { zh: '输出色彩配置（OutputIntents）', en: 'output intents' },
  structure: {
    zh: '结构树与替代文字（屏幕阅读器朗读、复制时取用的文字）',
    en: 'structure tree and alternate text (what screen readers read out and copying takes)',
  },
  attachments: { zh: '内嵌文件', en: 'embedded files' },
  info: { zh: '文档信息（标题、作者等）', en: 'document information (title, author …)' },
  xmp: { zh: 'XMP 元数据', en: 'XMP metadata' },
  catalog: {
    zh: '文档目录（Catalog）的其他条目（文章线程、可选内容、关联文件等）',
    en: 'other document catalog entries (article threads, optional content, associated files …)',
  },
};

function tamperedBy(d: PaintDifference): Finding {
  switch (d.kind) {
    case 'pages':
      return filingFinding('tampered-document', 'pages', { actual: d.actual, expected: d.expected });
    case 'text':
      return filingFinding('tampered-document', 'default', { page: d.page, actual: d.actual, expected: d.expected });
    case 'paint':
      return filingFinding('tampered-document', 'paint', { page: d.page, op: d.op, actual: d.actual, expected: d.expected });
    case 'annotations':
      return filingFinding('tampered-document', 'annotations', { page: d.page, actual: d.actual });
    case 'frame':
      return filingFinding('tampered-document', 'frame', { page: d.page });
    case 'document':
      return filingFinding('tampered-document', 'document', { part: d.part, partName: PART_NAMES[d.part] });
  }
}

/** A first revision whose bytes differ from the rebuild: equal painting passes (with an info finding), else an error. */
async function judgePainting(first: Uint8Array, rebuilt: Rebuilt, input: IntegrityInput): Promise<IntegrityOutcome> {
  const { manifest } = input;
  // The same objects as the rebuild, renumbered at most (a re-save): equal painting proven without pdf.js.
  const proven = sameObjectGraph(first, rebuilt.bytes);
  let theirs;
  try {
    theirs = proven ? undefined : await readPainting(first);
  } catch (e) {
    return { integrity: 'tampered', findings: [filingFinding('tampered-document', 'unreadable', { detail: (e as Error).message.split('\n')[0] ?? '' })] };
  }
  const ours = theirs ? await rebuilt.painting() : undefined;
  const diff = theirs && ours ? comparePaintings(theirs, ours) : undefined;
  const render = manifest.render ?? 0;
  if (!diff || !theirs || !ours) {
    const finding =
      render !== RENDER_VERSION
        ? filingFinding('other-version', 'render', { theirs: render || '—', ours: RENDER_VERSION })
        : restructured(first)
          ? filingFinding('other-version', 'resaved')
          : filingFinding('other-version', 'default', {
              theirs: `catalog ${manifest.tool.version}, zlib ${manifest.zlib ?? '—'}`,
              ours: `catalog ${input.toolVersion}, zlib ${process.versions.zlib ?? '—'}`,
            });
    return { integrity: 'ok', findings: [finding] };
  }
  if (render !== RENDER_VERSION) {
    return {
      integrity: 'unverified',
      findings: [
        filingFinding('unverifiable-rendering', 'default', { theirs: render || '—', tool: manifest.tool.version, ours: RENDER_VERSION, where: whereOf(diff) }),
      ],
    };
  }
  // Other font programs than the rebuild's change how the comparison is done, never whether it is done.
  if (!otherFonts(theirs, ours)) return { integrity: 'tampered', findings: [tamperedBy(diff)] };
  const verdict = await judgeFonts(first, rebuilt, theirs, ours);
  if (verdict.kind === 'forged') return { integrity: 'tampered', findings: [verdict.finding] };
  if (verdict.kind === 'same') {
    return verdict.diff
      ? { integrity: 'tampered', findings: [tamperedBy(verdict.diff)] }
      : { integrity: 'ok', findings: [filingFinding('other-version', 'fonts')] };
  }
  const fonts = verdict.fonts.join('、');
  return {
    integrity: 'unverified',
    findings: [
      input.fontsDir !== undefined
        ? filingFinding('unverifiable-rendering', 'trusted', { fonts, dir: input.fontsDir })
        : filingFinding('unverifiable-rendering', 'fonts', { fonts }),
    ],
  };
}

/**
 * The file as a viewer reads it, updates and all, must paint every page as its first revision does (a
 * signature's widget is an annotation, not page content): whatever our reading of the updates missed, a
 * viewer that reads them otherwise would paint otherwise.
 */
async function samePagesAfterUpdates(
  bytes: Uint8Array,
  first: Uint8Array,
  rebuilt: Rebuilt,
  last: number,
  widgets: ReadonlyMap<number, number>,
  closing: Closing,
): Promise<Finding[]> {
  // The seals are placed from the same opened document (seal-cover.ts): one parse of the whole file.
  const [whole, original] = await Promise.all([
    readPainting(bytes, (doc) => sealsOverTable(doc, widgets, last)),
    sameBytes(first, rebuilt.bytes) ? rebuilt.painting() : readPainting(first),
  ]);
  const { findings: overTable, seals } = whole.also;
  if (whole.pages.length !== original.pages.length)
    return [filingFinding('tampered-document', 'revision', { revision: last, what: `pages ${original.pages.length} → ${whole.pages.length}` }), ...overTable];
  const page = whole.pages.findIndex((p, i) => p.hash !== original.pages[i]?.hash);
  const painted = page < 0 ? [] : [filingFinding('tampered-document', 'revision', { revision: last, what: `page ${page + 1} painted otherwise` })];
  // Every page paints as the rebuild does (or the file is tampered already): each seal is placed against the rebuild's 落款.
  return [...painted, ...overTable, ...(await sealsOffClosing(seals, rebuilt.bytes, closing))];
}

/**
 * An object stream of the first revision that numbers objects the xref places elsewhere (pdf-xref.ts
 * `strayObjectStream`): what MuPDF shows once it repairs the file, whatever pdf.js paints. Undefined when
 * there is none, or when the xref cannot be read (the painting decides then).
 */
function strayStream(first: Uint8Array): string | undefined {
  let entries;
  try {
    entries = mergeSections(sectionChain(first, startxref(first, 0, first.length)));
  } catch {
    return undefined;
  }
  return strayObjectStream(first, first.length, entries);
}

/**
 * What a viewer that repairs the file would read otherwise than its xref chain (object-scan.ts): a trailer or
 * xref stream naming another catalog, a key given twice. Undefined when the chain cannot be read (the
 * painting and the update analysis decide then).
 */
function decoy(bytes: Uint8Array): string | undefined {
  let root;
  try {
    root = [...sectionChain(bytes, startxref(bytes, 0, bytes.length))]
      .reverse()
      .map((s) => s.trailer.v.get('Root'))
      .find(isRef);
  } catch {
    return undefined;
  }
  return decoyProblem(bytes, root);
}

/** The 落款's 署名 and 成文日期 as the rebuild prints them (render/layout/common.ts `closing`). */
function closingOf(input: IntegrityInput): Closing {
  return { issuer: input.checked.resolved?.issuer ?? '', date: documentDateText({ date: input.manifest.date, undated: input.manifest.undated }) };
}

/** Identical first revision → ok (fast path); else painting decides; every later revision must only add a signature. */
export async function checkIntegrity(input: IntegrityInput): Promise<IntegrityOutcome> {
  let rebuilt: Rebuilt;
  try {
    rebuilt = await rebuild(input);
  } catch (e) {
    return { integrity: 'unverified', findings: [filingFinding('tampered-document', 'rebuild', { detail: (e as Error).message.split('\n')[0] ?? '' })] };
  }
  const revisions = splitRevisions(input.bytes);
  const first = input.bytes.subarray(0, revisions[0]?.end ?? input.bytes.length);
  const stray = decoy(input.bytes) ?? (sameBytes(first, rebuilt.bytes) ? undefined : strayStream(first));
  if (stray) return { integrity: 'tampered', findings: [filingFinding('tampered-document', 'unreadable', { detail: stray })] };
  const base: IntegrityOutcome = sameBytes(first, rebuilt.bytes) ? { integrity: 'ok', findings: [] } : await judgePainting(first, rebuilt, input);
  if (revisions.length < 2) return base;
  const updates = analyseUpdates(input.bytes, revisions);
  let covered: Finding[] = [];
  try {
    covered =
      updates.tampered || base.integrity !== 'ok'
        ? []
        : [...(await samePagesAfterUpdates(input.bytes, first, rebuilt, revisions.length, updates.widgets, closingOf(input)))];
  } catch (e) {
    covered = [filingFinding('tampered-document', 'unreadable', { detail: (e as Error).message.split('\n')[0] ?? '' })];
  }
  const integrity = base.integrity !== 'ok' ? base.integrity : updates.tampered || covered.length > 0 ? 'tampered' : 'ok';
  return { integrity, findings: [...base.findings, ...covered, ...updates.findings] };
}
