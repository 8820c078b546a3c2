/** Read a filing PDF with pdfjs-dist: its embedded files, its Info keys and, on demand, the text of each page. */
import type { PDFDocumentProxy } from 'pdfjs-dist';

/** An opened PDF; `close` frees pdfjs's copy of it. */
export interface OpenedPdf {
  readonly attachments: ReadonlyMap<string, Uint8Array>;
  /** The Info dictionary's custom keys (CatalogueId, SourceSHA256, BaselineSHA256, ToolVersion, Fonts …). */
  readonly info: Readonly<Record<string, string>>;
  readonly pages: number;
  /** The text of every page, in order (read only when asked: it is the slow part). */
  pageTexts(): Promise<string[]>;
  close(): Promise<void>;
}

/** Why the bytes are not a PDF we can read: the missing-source message ids. */
type UnreadableReason = 'empty' | 'zip' | 'notPdf' | 'truncated' | 'encrypted' | 'damaged';

export type Extracted = { readonly ok: true; readonly pdf: OpenedPdf } | { readonly ok: false; readonly reason: UnreadableReason; readonly detail: string };

const latin1 = new TextDecoder('latin1');

/** Cheap checks on the bytes before pdfjs sees them: pdfjs calls everything else "Invalid PDF structure". */
function sniffPdf(bytes: Uint8Array): { readonly reason: UnreadableReason; readonly detail: string } | undefined {
  if (bytes.length === 0) return { reason: 'empty', detail: '' };
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return { reason: 'zip', detail: '' };
  const head = latin1.decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) return { reason: 'notPdf', detail: describeStart(bytes) };
  const tail = latin1.decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
  if (!tail.includes('%%EOF')) return { reason: 'truncated', detail: String(bytes.length) };
  return undefined;
}

/** What the file starts with, for the message: its first characters, control bytes shown as ·. */
function describeStart(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 64)).replace(/\uFFFD+$/, '');
  return [...text]
    .slice(0, 16)
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/[\u0000-\u001f\u007f\uFFFD]/g, '·')
    .trim();
}

type PdfJs = typeof import('pdfjs-dist');
let pdfjs: Promise<PdfJs> | undefined;

/** The natives pdfjs's core-js polyfills replace with JavaScript (src/render/library-patches.ts: pdfjs-polyfills). */
const NATIVES: readonly (readonly [object, string])[] = [
  [Array.prototype, 'push'],
  [JSON, 'parse'],
  [Function.prototype, 'toString'],
];

/**
 * pdfjs's Node build, imported once with its worker's code (the in-thread "fake worker" imports the same
 * module). Their core-js polyfills replace `Array.prototype.push` and `JSON.parse` with JavaScript versions
 * for cases pdf.js never meets (a push onto an array whose length is read-only, the reviver's source text):
 * every push and JSON.parse in the process, pdf.js's and pdfkit's included, ran several times slower once a
 * filing had been opened. The natives are put back.
 */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const natives = NATIVES.map(([owner, key]) => [owner, key, Object.getOwnPropertyDescriptor(owner, key)] as const);
    const lib = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as PdfJs;
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    for (const [owner, key, native] of natives) if (native) Object.defineProperty(owner, key, native);
    return lib;
  })();
  return pdfjs;
}

export async function extractPdf(bytes: Uint8Array): Promise<Extracted> {
  const sniffed = sniffPdf(bytes);
  if (sniffed) return { ok: false, ...sniffed };
  const { getDocument } = await loadPdfJs();
  // pdfjs takes ownership of (detaches) the buffer it is given and refuses Buffers: hand it a plain copy.
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = (e as Error).name;
    return { ok: false, reason: name === 'PasswordException' ? 'encrypted' : 'damaged', detail: (e as Error).message };
  }
  try {
    return { ok: true, pdf: await readOpened(doc) };
  } catch (e) {
    await doc.destroy();
    return { ok: false, reason: 'damaged', detail: (e as Error).message };
  }
}

async function readOpened(doc: PDFDocumentProxy): Promise<OpenedPdf> {
  const raw = ((await doc.getAttachments()) ?? {}) as Record<string, { filename?: string; content?: Uint8Array }>;
  const attachments = new Map<string, Uint8Array>();
  for (const [key, file] of Object.entries(raw)) {
    if (file.content) attachments.set(file.filename || key, file.content);
  }
  const meta = await doc.getMetadata();
  const custom = (meta.info as { Custom?: Record<string, unknown> }).Custom ?? {};
  const info = Object.fromEntries(Object.entries(custom).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
  return {
    attachments,
    info,
    pages: doc.numPages,
    pageTexts: () => readPageTexts(doc),
    close: () => doc.destroy(),
  };
}

async function readPageTexts(doc: PDFDocumentProxy): Promise<string[]> {
  const texts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
    page.cleanup();
  }
  return texts;
}
