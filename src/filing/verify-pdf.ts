/** A filing PDF: extract the embedded source, check it against the bureau's baseline, then check the PDF's integrity. */
import type { Checked } from '../check/check.js';
import { checkEmbedded } from './check-cache.js';
import { catalogueLabel, type Finding } from '../model/index.js';
import { findEmbedded, type Embedded } from './embedded.js';
import { MAX_INFLATED_BYTES, measureInflated } from './inflate-limit.js';
import { extractPdf, type OpenedPdf } from './extract.js';
import { filingFinding } from './findings.js';
import { checkIntegrity } from './integrity.js';
import { kindFindings } from './kinds.js';
import { templateFindings } from './template-text.js';
import { baselineMismatch, megabytes, resolvedRoot, scopeOf, type Integrity, type VerifyEnv, type VerifyParts } from './outcome.js';

/** The baseline the filing says it was built against: the manifest's root, else the Info dictionary's. */
function claimedRoot(embedded: Embedded, info: Readonly<Record<string, string>>): { label: string; sha256: string } | undefined {
  const root = embedded.manifest?.root;
  if (root) return { label: catalogueLabel(root), sha256: root.sha256 };
  return info.BaselineSHA256 ? { label: info.Baseline ?? '', sha256: info.BaselineSHA256 } : undefined;
}

/** Everything after the source was found: the source's check, the contract, the baseline, then integrity. */
async function verifyEmbedded(file: string, bytes: Uint8Array, pdf: OpenedPdf, embedded: Embedded, env: VerifyEnv): Promise<VerifyParts> {
  const checked: Checked = checkEmbedded(embedded, env.baseline, env.lang);
  const findings: Finding[] = [];
  if (embedded.missing.length > 0) {
    findings.push(filingFinding('missing-source', embedded.manifest ? 'incomplete' : 'noManifest', { names: embedded.missing.join('、') }));
  }
  const mismatch = baselineMismatch(claimedRoot(embedded, pdf.info), env.baseline) ?? baselineMismatch(resolvedRoot(checked), env.baseline);
  if (mismatch) findings.push(mismatch);
  findings.push(...kindFindings(checked, scopeOf(env)));
  const m = embedded.manifest;
  const parts = { file, checked, embeddedName: embedded.source.name, filed: { type: 'filing' as const, ...(m && !m.undated ? { date: m.date } : {}) } };
  // A rebuild against the bureau's baseline cannot reproduce a document made from another baseline.
  if (mismatch) return { ...parts, findings, integrity: 'baseline-mismatch' };
  const { manifest, templates } = embedded;
  if (!checked.resolved || !manifest || !templates || embedded.missing.length > 0) return { ...parts, findings, integrity: 'unverified' };
  const outcome = await checkIntegrity({
    checked,
    manifest,
    templates,
    bytes,
    toolVersion: env.toolVersion,
    ...(env.fontsDir !== undefined ? { fontsDir: env.fontsDir } : {}),
  });
  // The body text the county's own templates add is filed and published too: a withdrawal there fails (template-text.ts).
  findings.push(
    ...(await templateFindings(checked, manifest.part === 'notice' ? 'notice' : 'filing', templates, { iso: manifest.date, undated: manifest.undated })),
  );
  // A notice (印发通知) is not a filing: listed, not judged, but only once it paints what its source does and that source
  // is clean. A notice built from a catalogue with errors or warnings (the one the county publishes) is judged like a
  // filing and joins its unit's row: the clean filing beside it must not hide it (red team).
  const clean = findings.length === 0 && checked.result.diagnostics.every((d) => d.severity !== 'error' && d.severity !== 'warning');
  if (manifest.part === 'notice' && outcome.integrity === 'ok' && clean)
    return { file, findings: [filingFinding('unverified-file', 'notice', { ext: '.pdf' })], integrity: 'skipped' };
  // The manifest's part, believed once the pages paint what the rebuilt part paints: the notice's 文号 is its own.
  const type = manifest.part === 'notice' && outcome.integrity === 'ok' ? ('notice' as const) : ('filing' as const);
  return { ...parts, filed: { ...parts.filed, type }, findings: [...findings, ...outcome.findings], integrity: outcome.integrity };
}

/** Verify a filing PDF's bytes; every problem with the file becomes a finding, never an exception. */
export async function verifyPdf(file: string, bytes: Uint8Array, env: VerifyEnv): Promise<VerifyParts> {
  const maxInflated = env.maxInflatedBytes ?? MAX_INFLATED_BYTES;
  if ((await measureInflated(bytes, maxInflated)).over) {
    return {
      file,
      findings: [filingFinding('compression-bomb', 'default', { max: megabytes(maxInflated), size: megabytes(bytes.length) })],
      integrity: 'unreadable',
    };
  }
  const extracted = await extractPdf(bytes);
  if (!extracted.ok) {
    const data = { detail: extracted.detail, size: bytes.length };
    return { file, findings: [filingFinding('missing-source', extracted.reason, data)], integrity: 'unreadable' satisfies Integrity };
  }
  const { pdf } = extracted;
  try {
    const embedded = findEmbedded(pdf.attachments, pdf.info);
    if (!embedded) return { file, findings: [filingFinding('missing-source')], integrity: 'missing-source' };
    // The manifest's part is the filing's own claim: it is believed only after the integrity check (verifyEmbedded).
    return await verifyEmbedded(file, bytes, pdf, embedded, env);
  } finally {
    await pdf.close();
  }
}
