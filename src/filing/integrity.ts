/** Integrity: rebuild the filed part from its embedded files and compare bytes, or page text when the maker differs. */
import type { Checked } from '../check/check.js';
import type { Finding } from '../model/index.js';
import { comparePageTexts, type TextComparison } from './compare.js';
import type { Embedded } from './embedded.js';
import { extractPdf, type OpenedPdf } from './extract.js';
import { filingFinding } from './findings.js';
import type { FilingManifest } from './manifest.js';

/** What the integrity check concluded, and the findings that say so. */
export interface IntegrityOutcome {
  readonly integrity: 'ok' | 'other-version' | 'tampered' | 'unverified';
  readonly findings: readonly Finding[];
}

export interface IntegrityInput {
  /** The embedded source, checked and resolved against the bureau's baseline. */
  readonly checked: Checked;
  readonly manifest: FilingManifest;
  readonly templates: NonNullable<Embedded['templates']>;
  readonly filing: OpenedPdf;
  readonly bytes: Uint8Array;
  /** This tool's version: only a rebuild by the same version and fonts can match byte for byte. */
  readonly toolVersion: string;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

/** The same part, as PDF only, from the embedded source, templates, date and the default fonts. */
async function rebuild(input: IntegrityInput): Promise<{ bytes: Uint8Array; fonts: readonly string[] }> {
  const { renderCatalogue } = await import('../build/render.js');
  const { describeFonts, loadDefaultFonts } = await import('../render/fonts/fonts.js');
  const { manifest } = input;
  const part = manifest.part === 'notice' ? 'notice' : 'filing';
  const out = await renderCatalogue({
    checked: input.checked,
    date: { iso: manifest.date, undated: manifest.undated },
    templates: { ...input.templates, portal: '' },
    selection: { notice: part === 'notice', filing: part === 'filing', html: false, docx: false, pdf: true },
    profile: 'gbt9704',
    toolVersion: input.toolVersion,
  });
  const file = out.find((f) => f.name.endsWith(`.${part}.pdf`));
  if (!file || typeof file.bytes === 'string') throw new Error(`no ${part} PDF was rendered`);
  return { bytes: file.bytes, fonts: describeFonts(loadDefaultFonts()) };
}

/** Pages first (cheap), then the text of every page of both documents. */
async function compareWithRebuild(filing: OpenedPdf, bytes: Uint8Array): Promise<TextComparison> {
  const opened = await extractPdf(bytes);
  if (!opened.ok) throw new Error(`the rebuilt PDF cannot be read (${opened.reason})`);
  try {
    if (opened.pdf.pages !== filing.pages) return { same: false, kind: 'pages', actual: filing.pages, expected: opened.pdf.pages };
    return comparePageTexts(await filing.pageTexts(), await opened.pdf.pageTexts());
  } finally {
    await opened.pdf.close();
  }
}

function tampered(cmp: Exclude<TextComparison, { same: true }>): Finding {
  return cmp.kind === 'pages'
    ? filingFinding('tampered-document', 'pages', { actual: cmp.actual, expected: cmp.expected })
    : filingFinding('tampered-document', 'default', { page: cmp.page, actual: cmp.actual, expected: cmp.expected });
}

/** Identical bytes → ok; same maker (version, fonts, zlib), other bytes or text → tampered; other maker → page text decides. */
export async function checkIntegrity(input: IntegrityInput): Promise<IntegrityOutcome> {
  let rebuilt: { bytes: Uint8Array; fonts: readonly string[] };
  try {
    rebuilt = await rebuild(input);
  } catch (e) {
    return { integrity: 'unverified', findings: [filingFinding('tampered-document', 'rebuild', { detail: (e as Error).message.split('\n')[0] ?? '' })] };
  }
  const { manifest } = input;
  const sameVersion = manifest.tool.version === input.toolVersion;
  const sameFonts = manifest.fonts.join('\n') === rebuilt.fonts.join('\n');
  // Streams compressed by another zlib build (another Node) differ byte for byte with the same content.
  const ourZlib = process.versions.zlib ?? 'unknown';
  const sameZlib = manifest.zlib === undefined || manifest.zlib === ourZlib;
  const sameMaker = sameVersion && sameFonts && sameZlib;
  if (sameMaker && sameBytes(input.bytes, rebuilt.bytes)) return { integrity: 'ok', findings: [] };
  const cmp = await compareWithRebuild(input.filing, rebuilt.bytes);
  if (!cmp.same) return { integrity: 'tampered', findings: [tampered(cmp)] };
  if (sameMaker) return { integrity: 'tampered', findings: [filingFinding('tampered-document', 'bytes')] };
  const finding = !sameVersion
    ? filingFinding('other-version', 'default', { theirs: `catalog ${manifest.tool.version}`, ours: `catalog ${input.toolVersion}` })
    : !sameFonts
      ? filingFinding('other-version', 'fonts', { theirs: manifest.fonts.filter((f) => !rebuilt.fonts.includes(f)).join('; ') })
      : filingFinding('other-version', 'zlib', { theirs: manifest.zlib ?? '', ours: ourZlib });
  return { integrity: 'other-version', findings: [finding] };
}
