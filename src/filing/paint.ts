/** What a viewer paints, read with pdfjs: per page its operators and operands (fonts and images by content), and the document's extras. */
import { createHash } from 'node:crypto';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import { loadPdfJs } from './extract.js';
import { readObjectParts } from './pdf-objects.js';

/** One page as painted: the op list with resources replaced by their content, the glyphs' text, annotations and actions. */
interface PaintedPage {
  /** SHA-256 of the serialised op list (and page box, rotation, page actions). */
  readonly hash: string;
  /** The operators in order, serialised one per entry: where the first difference is. */
  readonly ops: readonly string[];
  /** The text the glyphs carry (Unicode), in painting order. */
  readonly text: string;
  /** Each annotation: its subtype, field type and rectangle. */
  readonly annotations: readonly string[];
  /** The page's font programs (SHA-256 of each). */
  readonly fonts: readonly string[];
  /** The page box, rotation and page actions, serialised (part of `hash`). */
  readonly frame: string;
}

/** The document besides its pages: each part serialised so two documents compare part by part. */
export type DocumentParts = Readonly<Record<'actions' | 'openAction' | 'javaScript' | 'forms' | 'attachments' | 'info' | 'xmp' | 'outline' | 'viewer', string>>;

export interface Painting {
  readonly pages: readonly PaintedPage[];
  readonly document: DocumentParts;
}

const sha = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

let opNames: Map<number, string> | undefined;

/** Typed arrays as plain arrays, Maps as objects, functions dropped (keys sorted when asked): a stable text of any operand. */
function stable(value: unknown, tokens: ReadonlyMap<string, string>, sortKeys = false): string {
  return (
    JSON.stringify(value, (_key, v: unknown) => {
      if (typeof v === 'string') return tokens.get(v) ?? v;
      if (ArrayBuffer.isView(v)) return Array.from(v as unknown as ArrayLike<number>);
      if (v instanceof Map) return Object.fromEntries([...v].sort(([a], [b]) => String(a).localeCompare(String(b))));
      if (typeof v === 'function') return undefined;
      if (sortKeys && v !== null && typeof v === 'object' && !Array.isArray(v))
        return Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)));
      return v;
    }) ?? 'null'
  );
}

const NONE: ReadonlyMap<string, string> = new Map();
/** A document part as stable text: keys sorted (another program writes dictionaries in another order). */
const part = (value: unknown): string => stable(value, NONE, true);

/**
 * An operand as stable text, written directly (JSON.stringify with a replacer called for every value was
 * a sixth of a signed filing's verify): strings through `tokens`, typed arrays as arrays, Maps as objects
 * with sorted keys, functions and undefined left out as JSON leaves them. Both paintings compared are
 * written by this one function, so equal text means equal operands.
 */
function operand(v: unknown, tokens: ReadonlyMap<string, string>): string {
  switch (typeof v) {
    case 'string':
      return JSON.stringify(tokens.get(v) ?? v);
    case 'number':
    case 'boolean':
      return JSON.stringify(v);
    case 'object': {
      if (v === null) return 'null';
      if (Array.isArray(v)) return `[${v.map((x: unknown) => (x === undefined || typeof x === 'function' ? 'null' : operand(x, tokens))).join(',')}]`;
      if (ArrayBuffer.isView(v)) return JSON.stringify(Array.from(v as unknown as ArrayLike<number>));
      const entries = v instanceof Map ? [...v].map(([k, x]) => [String(k), x] as const).sort(([a], [b]) => a.localeCompare(b)) : Object.entries(v);
      const fields = entries.filter(([, x]) => x !== undefined && typeof x !== 'function').map(([k, x]) => `${JSON.stringify(k)}:${operand(x, tokens)}`);
      return `{${fields.join(',')}}`;
    }
    default:
      return 'null';
  }
}

/** A run of glyphs as painted: each glyph's Unicode, advance and the font's glyph (not pdfjs's internal bookkeeping). */
function glyphRun(run: unknown, tokens: ReadonlyMap<string, string>): string {
  if (!Array.isArray(run)) return operand(run, tokens);
  const out = run.map((g: unknown) => {
    if (g === null || typeof g !== 'object') return operand(g, tokens);
    const { unicode, width, fontChar, accent, vmetric, isSpace } = g as Record<string, unknown>;
    return operand([unicode, width, fontChar, accent, vmetric, isSpace], tokens);
  });
  return `[${out.join(',')}]`;
}

/** Resource ids (fonts, images, patterns) named by what they hold: the same content gives the same token in both documents. */
function resourceToken(page: PDFPageProxy, id: string): string | undefined {
  const common = page.commonObjs as unknown as { has(id: string): boolean; get(id: string): unknown };
  const own = page.objs as unknown as { has(id: string): boolean; get(id: string): unknown };
  const store = common.has(id) ? common : own.has(id) ? own : undefined;
  if (!store) return undefined;
  const obj = store.get(id) as Record<string, unknown> | null;
  if (!obj) return `empty:${id.replace(/\d+/g, '')}`;
  if ('data' in obj && obj.data instanceof Uint8Array)
    return `${'loadedName' in obj ? 'font' : 'image'}:${sha(obj.data)}:${stable({ ...obj, data: undefined, loadedName: undefined, systemFontInfo: undefined, cssFontInfo: undefined }, new Map())}`;
  if ('bitmap' in obj || 'width' in obj) return `image:${stable(obj, new Map())}`;
  return `${id.replace(/\d+/g, '')}:${sha(stable({ ...obj, loadedName: undefined }, new Map()))}`;
}

async function paintPage(page: PDFPageProxy, AnnotationMode: { DISABLE: number }, own: readonly string[]): Promise<PaintedPage> {
  const list = await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE });
  const tokens = new Map<string, string>();
  const fonts = new Set<string>();
  const ops: string[] = [];
  let text = '';
  const names = opNames ?? new Map();
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i] ?? 0;
    const args = list.argsArray[i] as unknown[] | null;
    for (const a of args ?? []) {
      if (typeof a !== 'string' || tokens.has(a) || !/^(g_|img_|pattern_|p\d|mask_)/.test(a)) continue;
      const token = resourceToken(page, a);
      if (token) {
        tokens.set(a, token.startsWith('font:') ? `font:${sha(token).slice(0, 16)}` : token.length > 200 ? `${token.split(':')[0]}:${sha(token)}` : token);
        if (token.startsWith('font:')) fonts.add(sha(token));
      }
    }
    const name = names.get(fn) ?? String(fn);
    if (name === 'showText' && args) {
      const run = args[0];
      if (Array.isArray(run))
        text += run.map((g: unknown) => (g && typeof g === 'object' && 'unicode' in g ? String((g as { unicode: string }).unicode) : '')).join('');
      ops.push(`${name} [${[glyphRun(run, tokens), ...args.slice(1).map((a) => operand(a, tokens))].join(',')}]`);
    } else {
      ops.push(`${name} ${operand(args, tokens)}`);
    }
  }
  const actions = await page.getJSActions();
  const frame = stable({ view: page.view, rotate: page.rotate, userUnit: page.userUnit, actions }, tokens);
  // pdf.js's list (display intent) and, read from the objects, every annotation whatever its flags (NoView, Print, Hidden).
  const shown = ((await page.getAnnotations({ intent: 'display' })) as Record<string, unknown>[]).map((a) =>
    stable({ subtype: a.subtype, fieldType: a.fieldType, rect: (a.rect as number[] | undefined)?.map((n) => Math.round(n)) }, new Map()),
  );
  const annotations = [...shown, ...own];
  page.cleanup();
  return { hash: sha(`${frame}\n${ops.join('\n')}`), ops, text, annotations, fonts: [...fonts].sort(), frame };
}

/** The document-level parts a viewer acts on or shows: actions, scripts, form fields, attachments, metadata, outline. */
async function documentParts(doc: PDFDocumentProxy, actions: string): Promise<DocumentParts> {
  const raw = ((await doc.getAttachments()) ?? {}) as Record<string, { filename?: string; content?: Uint8Array; description?: string }>;
  const attachments = Object.entries(raw)
    .map(([key, f]) => `${key}|${f.filename ?? ''}|${f.description ?? ''}|${f.content ? sha(f.content) : '-'}`)
    .sort();
  const meta = await doc.getMetadata();
  const { IsLinearized: _l, PDFFormatVersion: _v, ...info } = meta.info as Record<string, unknown>;
  const metadata = meta.metadata as { getRaw?: () => unknown } | null;
  return {
    actions,
    openAction: part(await doc.getOpenAction()),
    javaScript: part(await doc.getJSActions()),
    forms: part(await doc.getFieldObjects()),
    attachments: attachments.join('\n'),
    info: part(info),
    xmp: part(metadata?.getRaw?.() ?? null),
    outline: part(await doc.getOutline()),
    viewer: part({
      labels: await doc.getPageLabels(),
      mode: await doc.getPageMode(),
      layout: await doc.getPageLayout(),
      prefs: await doc.getViewerPreferences(),
    }),
  };
}

/** A document pdf.js has opened. */
export type PdfJsDocument = Awaited<ReturnType<Awaited<ReturnType<typeof loadPdfJs>>['getDocument']>['promise']>;

/**
 * Read the painting of a PDF's bytes (throws when pdfjs cannot read them); `also` reads more from the same
 * opened document before it is closed (one parse of the file instead of two).
 */
export async function readPainting(bytes: Uint8Array): Promise<Painting>;
export async function readPainting<T>(bytes: Uint8Array, also: (doc: PdfJsDocument) => Promise<T>): Promise<Painting & { readonly also: T }>;
export async function readPainting<T>(bytes: Uint8Array, also?: (doc: PdfJsDocument) => Promise<T>): Promise<Painting & { readonly also?: T }> {
  const own = readObjectParts(bytes);
  const pdfjs = await loadPdfJs();
  opNames ??= new Map(Object.entries(pdfjs.OPS).map(([k, v]) => [v, k]));
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    fontExtraProperties: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  try {
    const pages: PaintedPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push(await paintPage(await doc.getPage(n), pdfjs.AnnotationMode, own.annotations[n - 1] ?? []));
    if (own.annotations.length !== doc.numPages) throw new Error(`the page tree has ${own.annotations.length} pages, pdf.js reads ${doc.numPages}`);
    const document = await documentParts(doc, own.actions);
    return also ? { pages, document, also: await also(doc) } : { pages, document };
  } finally {
    await doc.destroy();
  }
}
