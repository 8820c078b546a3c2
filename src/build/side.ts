/**
 * The DOCX and HTML half of a build. It needs only the laid-out documents, so the CLI runs it on a
 * worker thread (side-thread.ts) while the main thread paints the PDFs; tests and library callers run
 * it in the same thread. Both give the same bytes.
 */
import type { OfficialDocument, PortalPage } from '../model/index.js';
import type { OutputFile } from './render.js';

/** The worker thread itself failed (not the job): the caller renders the job in its own thread instead. */
export class SideThreadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SideThreadError';
  }
}

export interface SideJob {
  readonly catalogueId: string;
  /** The documents to write as DOCX, by part (notice, filing); empty when DOCX is not selected. */
  readonly docx: readonly (readonly [string, OfficialDocument])[];
  /** The portal page and its template, when HTML is selected. */
  readonly html?: { readonly page: PortalPage; readonly template: string };
  readonly profile: 'gbt9704' | 'windows';
  readonly sourceSha256: string;
}

export interface SideOutput {
  readonly docx: OutputFile[];
  readonly html: OutputFile[];
}

export async function renderSide(job: SideJob): Promise<SideOutput> {
  const docx: OutputFile[] = [];
  if (job.docx.length > 0) {
    const { renderDocx } = await import('../render/docx/index.js');
    for (const [part, doc] of job.docx) {
      docx.push({ name: `${job.catalogueId}.${part}.docx`, bytes: await renderDocx(doc, { profile: job.profile, sourceSha256: job.sourceSha256 }) });
    }
  }
  const html: OutputFile[] = [];
  if (job.html) {
    const { renderHtml } = await import('../render/html/index.js');
    html.push({ name: `${job.catalogueId}.html`, bytes: renderHtml(job.html.page, job.html.template) });
  }
  return { docx, html };
}

/** Loads what renderSide needs ahead of the first job (a worker does this while the main thread checks). */
export async function preloadSide(): Promise<void> {
  await Promise.all([import('../render/docx/index.js'), import('../render/html/index.js')]);
}
