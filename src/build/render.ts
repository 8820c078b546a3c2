/** Render one checked catalogue into its documents: layout once, then paint DOCX, PDF and HTML from it. */
import type { Checked } from '../check/check.js';
import type { OfficialDocument } from '../model/index.js';
import type { DocumentDate } from './date.js';
import type { Selection } from './selection.js';
import { renderSide, type SideJob, type SideOutput } from './side.js';

export interface Templates {
  readonly notice: string;
  readonly filing: string;
  readonly portal: string;
}

export interface RenderRequest {
  readonly checked: Checked;
  readonly date: DocumentDate;
  readonly templates: Templates;
  readonly selection: Selection;
  readonly profile: 'gbt9704' | 'windows';
  readonly toolVersion: string;
  /**
   * verify's rebuild: the manifest and Info say what the filing says about how it was made (zlib, render
   * version; undefined leaves the entry out), so a genuine filing is reproduced byte for byte. Never believed:
   * the verdict rests on comparing the painting.
   */
  readonly claims?: { readonly zlib?: string; readonly render?: number; readonly fonts?: readonly string[] };
  /** PDF fonts from an office's own folder instead of the npm defaults. */
  readonly fontsDir?: string;
  /** verify's rebuild: the fonts already chosen (from the bureau's trusted folder); wins over `fontsDir`. */
  readonly fontSet?: import('../render/fonts/fonts.js').FontSet;
}

export interface OutputFile {
  readonly name: string;
  readonly bytes: Uint8Array | string;
}

/** Where the DOCX/HTML half runs: a worker thread (side-thread.ts) or, without one, this thread. */
export interface SideRenderer {
  render(job: SideJob): Promise<SideOutput>;
}

/**
 * The outputs of one catalogue in a fixed order (DOCX, PDF, HTML). With `side`, the DOCX and HTML are
 * made there while this thread paints the PDFs.
 */
export async function renderCatalogue(req: RenderRequest, side?: SideRenderer): Promise<OutputFile[]> {
  const { checked, selection } = req;
  const catalogue = checked.resolved;
  if (!catalogue) throw new Error('renderCatalogue needs a resolved catalogue');
  const layout = await import('../render/layout/index.js');
  const input = layout.layoutInputOf({ catalogue, baseline: checked.baseline, sourceSha256: checked.loaded.sha256 }, req.date, req.templates);
  const docs: [string, OfficialDocument][] = [];
  if (selection.notice) docs.push(['notice', layout.layoutNotice(input)]);
  if (selection.filing) docs.push(['filing', layout.layoutFiling(input)]);
  const job: SideJob = {
    catalogueId: catalogue.id,
    docx: selection.docx ? docs : [],
    ...(selection.html ? { html: { page: layout.layoutPortal(input), template: req.templates.portal } } : {}),
    profile: req.profile,
    sourceSha256: checked.loaded.sha256,
  };
  const sideWork = job.docx.length > 0 || job.html ? side?.render(job) : undefined;
  // Settled either way before we return, so a PDF error never leaves a rejection unhandled.
  sideWork?.catch(() => undefined);
  const pdfs: OutputFile[] = [];
  if (selection.pdf && docs.length > 0) {
    const { renderPdfFiles } = await import('./pdf.js');
    pdfs.push(...(await renderPdfFiles(docs, req)));
  }
  // A worker that died (not a job that failed on it) costs only time: the job is done here instead.
  const fallBack = (e: unknown): Promise<SideOutput> => (e instanceof Error && e.name === 'SideThreadError' ? renderSide(job) : Promise.reject(e));
  const { docx, html } = await (sideWork ? sideWork.catch(fallBack) : renderSide(job));
  return [...docx, ...pdfs, ...html];
}
