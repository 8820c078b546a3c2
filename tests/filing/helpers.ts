/** Making filings for the verify tests: real builds, and derived ones (re-attached, truncated, re-encrypted …). */
import { spawnSync } from 'node:child_process';
import { verifyPdf } from '../../src/filing/verify-pdf.js';
import type { Finding } from '../../src/model/index.js';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSource, type Checked } from '../../src/check/check.js';
import { renderCatalogue } from '../../src/build/render.js';
import { fsHost } from '../../src/app/host.js';
import { extractPdf } from '../../src/filing/extract.js';
import { verifyFile, type VerifyEnv } from '../../src/filing/verify.js';
import { sha256Hex } from '../../src/load/load.js';
import type { FilingOutcome } from '../../src/model/filing.js';
import type { LayoutInput, OfficialDocument } from '../../src/model/index.js';
import * as layoutModule from '../../src/render/layout/index.js';
import { templatesDir, toolVersion } from '../../src/util/paths.js';
import { repoRoot } from '../helpers/check.js';

export { repoRoot };
export const shippedBaseline = join(repoRoot, 'catalogues', 'xinxiang', '2020.yaml');

/** Whether an external tool is installed (tests that need it skip visibly when it is not). */
export const has = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

export function tempDir(prefix = 'catalog-verify-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A catalogue file (relative to the repository) checked as `build` checks it. */
export function checkCatalogue(relPath: string, baselineOverride?: string): Checked {
  const abs = join(repoRoot, relPath);
  return checkSource(abs, readFileSync(abs), fsHost(repoRoot), { lang: 'zh', ...(baselineOverride ? { baselineOverride } : {}) });
}

const templates = {
  notice: readFileSync(join(templatesDir, 'notice.hbs'), 'utf8'),
  filing: readFileSync(join(templatesDir, 'filing.hbs'), 'utf8'),
  portal: '',
};

/** The filing PDF `catalog build --only filing,pdf` writes for a checked catalogue (errors or not). */
export async function buildFiling(
  checked: Checked,
  opts: { toolVersion?: string; docs?: Checked; claims?: { zlib?: string; render?: number } } = {},
): Promise<Uint8Array> {
  const date = { iso: checked.resolved?.document.date ?? '1980-01-01', undated: !checked.resolved?.document.date };
  const selection = { notice: false, filing: true, html: false, docx: false, pdf: true };
  const req = {
    checked,
    date,
    templates,
    selection,
    profile: 'gbt9704' as const,
    toolVersion: opts.toolVersion ?? toolVersion(),
    ...(opts.claims ? { claims: opts.claims } : {}),
  };
  if (opts.docs) {
    // Pages from one source, embedded files from another: what swapping the attachment produces.
    const { renderPdfFiles } = await import('../../src/build/pdf.js');
    const [file] = await renderPdfFiles([['filing', filingDocument(opts.docs)]], req);
    return file?.bytes as Uint8Array;
  }
  const [file] = await renderCatalogue(req);
  return file?.bytes as Uint8Array;
}

/** The 备案报告 document model of a checked catalogue. */
export function filingDocument(checked: Checked): OfficialDocument {
  const input: LayoutInput = {
    catalogue: checked.resolved!,
    ...(checked.baseline ? { baseline: checked.baseline } : {}),
    addedItemIds: layoutModule.findAddedItemIds(checked.resolved!, checked.baseline),
    sourceSha256: checked.loaded.sha256,
    date: checked.resolved!.document.date ?? '1980-01-01',
    undated: !checked.resolved!.document.date,
    templates: { notice: templates.notice, filing: templates.filing },
  };
  return layoutModule.layoutFiling(input);
}

/** The embedded files of a PDF, by name. */
export async function embeddedFiles(pdf: Uint8Array): Promise<Map<string, Uint8Array>> {
  const r = await extractPdf(pdf);
  if (!r.ok) throw new Error(`not readable: ${r.reason}`);
  await r.pdf.close();
  return new Map(r.pdf.attachments);
}

/** Paint a document with the given files attached (and nothing else of the build's contract). */
export async function renderWithFiles(doc: OfficialDocument, files: ReadonlyMap<string, Uint8Array>, info: Record<string, string> = {}): Promise<Uint8Array> {
  const { renderPdf } = await import('../../src/render/pdf/index.js');
  const { loadDefaultFonts } = await import('../../src/render/fonts/fonts.js');
  const attachments = [...files].map(([name, bytes]) => ({
    name,
    bytes,
    mime: 'application/octet-stream',
    description: name,
    relationship: 'Source' as const,
  }));
  return renderPdf(doc, { fonts: loadDefaultFonts(), attachments, info });
}

/** How the bureau verifies in these tests: files shown relative to `cwd`, the shipped baseline unless told. */
export function verifyEnv(cwd: string, baselinePath = shippedBaseline, maxBytes = 50 * 1024 * 1024): VerifyEnv {
  const bytes = readFileSync(baselinePath);
  return {
    lang: 'zh',
    host: fsHost(cwd),
    sizeOf: (path) => {
      try {
        return statSync(path).size;
      } catch {
        return undefined;
      }
    },
    baseline: { path: baselinePath, bytes, sha256: sha256Hex(bytes) },
    toolVersion: toolVersion(),
    maxBytes,
  };
}

export function verify(path: string, env: VerifyEnv): Promise<FilingOutcome> {
  return verifyFile(path, env);
}

/** Rule, message id-free summary of an outcome: what the tests compare. */
export function rulesOf(o: FilingOutcome, severity?: string): string[] {
  return [...new Set(o.result.diagnostics.filter((d) => !severity || d.severity === severity).map((d) => d.rule))].sort();
}

export function run(cmd: string, args: readonly string[]): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 3) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
}

/** The filing-level findings verify reports for these bytes: integrity, and rule/messageId/data (not wording). */
export async function filingFindings(bytes: Uint8Array, env: VerifyEnv): Promise<{ integrity: string; found: Pick<Finding, 'rule' | 'messageId' | 'data'>[] }> {
  const parts = await verifyPdf('filing.pdf', bytes, env);
  return { integrity: parts.integrity, found: parts.findings.map(({ rule, messageId, data }) => ({ rule, messageId, data })) };
}
