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
  /** The page box, rotation, page actions, colouring resources and other page entries, serialised (part of `hash`). */
  readonly frame: string;
}

/** The document besides its pages: each part serialised so two documents compare part by part. */
export type DocumentParts = Readonly<
  Record<
    'actions' | 'openAction' | 'javaScript' | 'forms' | 'attachments' | 'info' | 'xmp' | 'outline' | 'viewer' | 'outputIntents' | 'structure' | 'catalog',
    string
  >
>;

export interface Painting {
  readonly pages: readonly PaintedPage[];
  readonly document: DocumentParts;
}

const sha = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

let opNames: Map<number, string> | undefined;

const NONE: ReadonlyMap<string, string> = new Map();

/**
 * Any value pdf.js hands back (operands, resources, frames, document parts) as stable text, written directly
 * (JSON.stringify with a replacer called for every value was a sixth of a signed filing's verify): strings
 * through `tokens` (resource ids named by their content), numbers as JSON writes them, typed arrays as arrays,
 * Maps as objects with sorted keys, plain objects with sorted keys when asked (another program writes
 * dictionaries in another order), functions and undefined left out of objects and `null` in arrays, as JSON
 * does. Both paintings compared are written by this one function, so equal text means equal values.
 */
export function serialize(v: unknown, tokens: ReadonlyMap<string, string> = NONE, sortKeys = false): string {
  switch (typeof v) {
    case 'string':
      return JSON.stringify(tokens.get(v) ?? v);
    case 'number':
      // JSON writes NaN and ±Infinity as null: written bare, they stay apart from null, strings and each other.
      return Number.isFinite(v) ? JSON.stringify(v) : String(v);
    case 'boolean':
      return JSON.stringify(v);
    case 'bigint':
      return `${String(v)}n`;
    case 'object': {
      if (v === null) return 'null';
      if (Array.isArray(v))
        return `[${v.map((x: unknown) => (x === undefined || typeof x === 'function' ? 'null' : serialize(x, tokens, sortKeys))).join(',')}]`;
      if (ArrayBuffer.isView(v)) return serialize(Array.from(v as unknown as ArrayLike<number>));
      // Keys as text: a string quoted, a Map's other keys bare after `@` (so 1 and "1" stay apart).
      const entries: (readonly [string, unknown])[] =
        v instanceof Map
          ? [...v].map(([k, x]) => [typeof k === 'string' ? JSON.stringify(k) : `@${serialize(k)}`, x] as const)
          : Object.entries(v).map(([k, x]) => [JSON.stringify(k), x] as const);
      if (sortKeys || v instanceof Map) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const fields = entries.filter(([, x]) => x !== undefined && typeof x !== 'function').map(([k, x]) => `${k}:${serialize(x, tokens, sortKeys)}`);
      return `{${fields.join(',')}}`;
    }
    default:
      return 'null';
  }
}

/** A document part as stable text: keys sorted (another program writes dictionaries in another order). */
const part = (value: unknown): string => serialize(value, NONE, true);

/**
 * A run of glyphs as painted: each glyph's Unicode, advance and the font's glyph, with every field a viewer
 * draws by (not pdfjs's internal bookkeeping). `isInFont` is one: a code the font lacks is mapped to itself,
 * so it can carry the very fontChar, width and Unicode of a genuine glyph, yet pdf.js draws nothing for it
 * (nor does any viewer: the glyph is not in the font). `operatorListId` is the glyph a Type 3 font draws.
 */
function glyphRun(run: unknown, tokens: ReadonlyMap<string, string>): string {
  if (!Array.isArray(run)) return serialize(run, tokens);
  const out = run.map((g: unknown) => {
    if (g === null || typeof g !== 'object') return serialize(g, tokens);
    const { unicode, width, fontChar, accent, vmetric, isSpace, isInFont, operatorListId } = g as Record<string, unknown>;
    return serialize([unicode, width, fontChar, accent, vmetric, isSpace, isInFont, operatorListId], tokens);
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
    return `${'loadedName' in obj ? 'font' : 'image'}:${sha(obj.data)}:${serialize({ ...obj, data: undefined, loadedName: undefined, systemFontInfo: undefined, cssFontInfo: undefined })}`;
  if ('bitmap' in obj || 'width' in obj) return `image:${serialize(obj)}`;
  return `${id.replace(/\d+/g, '')}:${sha(serialize({ ...obj, loadedName: undefined }))}`;
}

async function paintPage(
  page: PDFPageProxy,
  AnnotationMode: { DISABLE: number },
  own: readonly string[],
  colour: string,
  syntax: string,
  entries: string,
): Promise<PaintedPage> {
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
      ops.push(`${name} [${[glyphRun(run, tokens), ...args.slice(1).map((a) => serialize(a, tokens))].join(',')}]`);
    } else {
      ops.push(`${name} ${serialize(args, tokens)}`);
    }
  }
  const actions = await page.getJSActions();
  // The colour spaces and graphics states a colour-managed viewer paints with, read from the objects (pdf.js's op list holds only its own RGB).
  const frame = serialize(
    {
      view: page.view,
      rotate: page.rotate,
      userUnit: page.userUnit,
      actions,
      ...(colour ? { colour } : {}),
      ...(syntax ? { syntax } : {}),
      ...(entries ? { entries } : {}),
    },
    tokens,
  );
  // pdf.js's list (display intent) and, read from the objects, every annotation whatever its flags (NoView, Print, Hidden).
  const shown = ((await page.getAnnotations({ intent: 'display' })) as Record<string, unknown>[]).map((a) =>
    serialize({ subtype: a.subtype, fieldType: a.fieldType, rect: (a.rect as number[] | undefined)?.map((n) => Math.round(n)) }),
  );
  const annotations = [...shown, ...own];
  page.cleanup();
  return { hash: sha(`${frame}\n${ops.join('\n')}`), ops, text, annotations, fonts: [...fonts].sort(), frame };
}

/** The document-level parts a viewer acts on or shows: actions, scripts, form fields, attachments, metadata, outline. */
async function documentParts(
  doc: PDFDocumentProxy,
  actions: string,
  outputIntents: string,
  structure: string,
  preferences: string,
  catalog: string,
): Promise<DocumentParts> {
  const raw = ((await doc.getAttachments()) ?? {}) as Record<string, { filename?: string; content?: Uint8Array; description?: string }>;
  const attachments = Object.entries(raw)
    .map(([key, f]) => `${key}|${f.filename ?? ''}|${f.description ?? ''}|${f.content ? sha(f.content) : '-'}`)
    .sort();
  const meta = await doc.getMetadata();
  const { IsLinearized: _l, PDFFormatVersion: _v, ...info } = meta.info as Record<string, unknown>;
  const metadata = meta.metadata as { getRaw?: () => unknown } | null;
  return {
    actions,
    outputIntents,
    structure,
    catalog,
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
      // As written too: pdf.js drops what it finds invalid, a reader that mends it (clamps a print range) acts on it.
      written: preferences,
    }),
  };
}

/**
 * The document pdf.js's font loader writes its @font-face rules into (it has no `fonts`, so pdf.js takes the
 * CSS path, which Node treats as loaded at once): the rules are dropped. Only fonts use it (canvases and
 * filters come from pdf.js's Node factories).
 */
const FONT_SINK = {
  createElement: () => ({ sheet: { cssRules: [], insertRule: () => 0 }, remove: () => {} }),
  documentElement: { getElementsByTagName: () => [{ append: () => {} }] },
};

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
    // Font faces "loaded" into a stand-in document (FONT_SINK): with disableFontFace, pdf.js also traced every
    // glyph shown into a path and sent it over (a sixth of a sealed filing's reading), which nothing here reads —
    // the operator list, the glyphs and the font programs (hashed) are the same either way.
    disableFontFace: false,
    ownerDocument: FONT_SINK,
    fontExtraProperties: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  try {
    const pages: PaintedPage[] = [];
    for (let n = 1; n <= doc.numPages; n++)
      pages.push(
        await paintPage(
          await doc.getPage(n),
          pdfjs.AnnotationMode,
          own.annotations[n - 1] ?? [],
          own.colour[n - 1] ?? '',
          own.syntax[n - 1] ?? '',
          own.entries[n - 1] ?? '',
        ),
      );
    if (own.annotations.length !== doc.numPages) throw new Error(`the page tree has ${own.annotations.length} pages, pdf.js reads ${doc.numPages}`);
    const document = await documentParts(doc, own.actions, own.outputIntents, own.structure, own.viewerPreferences, own.catalog);
    return also ? { pages, document, also: await also(doc) } : { pages, document };
  } finally {
    await doc.destroy();
  }
}
