/** Verify one filing as the bureau does: a YAML source is checked against the bureau's baseline; a PDF goes further. */
import { checkSource, type Checked } from '../check/check.js';
import type { Finding } from '../model/index.js';
import { isReference } from '../resolve/locate.js';
import { filingFinding } from './findings.js';
import type { FilingOutcome } from '../model/filing.js';
import { displayPath } from '../resolve/resolve.js';
import { kindFindings } from './kinds.js';
import { assembleOutcome, baselineMismatch, failedOutcome, megabytes, resolvedRoot, scopeOf, type VerifyEnv } from './outcome.js';

export type { VerifyEnv } from './outcome.js';

/** Hand-made filings: Word and Excel tables (the old binary formats are refused there with advice). */
const OFFICE = /\.(docx|xlsx|doc|wps|xls|et)$/i;

function isYamlFiling(path: string): boolean {
  return /\.ya?ml$/i.test(path);
}

/**
 * The bureau's baseline stands in for every NAME@VERSION, so a source naming another one (xinxiang@2024, its own
 * edited copy, which `check` only warns about and `build` uses) would be judged as if it named the bureau's (red team).
 */
function otherReference(checked: Checked): Finding | undefined {
  const spec = checked.source?.extends;
  const root = resolvedRoot(checked);
  if (spec === undefined || !isReference(spec) || !root || spec === root.label) return undefined;
  return filingFinding('baseline-mismatch', 'reference', { spec, baseline: root.label });
}

function verifyYaml(path: string, bytes: Uint8Array, env: VerifyEnv): FilingOutcome {
  const checked = checkSource(path, bytes, env.host, { lang: env.lang, baselineOverride: env.baseline.path, trustOverride: true });
  const mismatch = baselineMismatch(resolvedRoot(checked), env.baseline) ?? otherReference(checked);
  const findings = [...(mismatch ? [mismatch] : []), ...kindFindings(checked, scopeOf(env))];
  return assembleOutcome({ file: checked.result.file, findings, integrity: 'source', checked, filed: { type: 'source' } }, env.lang);
}

/** Verify the filing at `path` (absolute): reads it (unless it is too large) and never throws for a bad file. */
export async function verifyFile(path: string, env: VerifyEnv): Promise<FilingOutcome> {
  const file = displayPath(path, env.host);
  const { skipReason, skippedOutcome } = await import('./skipped.js');
  const reason = skipReason(path);
  if (reason !== undefined) return skippedOutcome(file, reason, env.lang);
  const size = env.sizeOf(path);
  if (size !== undefined && size > env.maxBytes) {
    return failedOutcome(file, 'tooLarge', { size: megabytes(size), max: megabytes(env.maxBytes) }, 'unreadable', env.lang);
  }
  const read = env.host.readFile(path);
  if (read.kind !== 'file') return failedOutcome(file, 'unreadable', { reason: read.kind === 'unreadable' ? read.reason : read.kind }, 'unreadable', env.lang);
  if (isYamlFiling(path)) return verifyYaml(path, read.bytes, env);
  if (OFFICE.test(path)) return (await import('./verify-office.js')).verifyOffice(path, file, read.bytes, env);
  const { verifyPdf } = await import('./verify-pdf.js');
  return assembleOutcome(await verifyPdf(file, read.bytes, env), env.lang);
}
