/** What every kind of filing shares: the bureau's environment, the parts of an outcome and how they are assembled. */
import type { Checked } from '../check/check.js';
import { compareDiagnostics } from '../check/diagnostics.js';
import type { DocumentType, FiledDocument, FilingOutcome } from '../model/filing.js';
import { catalogueLabel, type Diagnostic, type FileResult, type Finding, type Host, type Lang } from '../model/index.js';
import { filedDocument, filingFacts } from './facts.js';
import { filingDiagnostics, filingFinding } from './findings.js';
import type { BureauScope } from './kinds.js';

/** The bureau's baseline: every NAME@VERSION reference in a filing resolves to this file, never to one it brought. */
export interface BureauBaseline {
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly sha256: string;
}

export interface VerifyEnv {
  readonly lang: Lang;
  /** Real files: the filings, a YAML filing's parents, and the working directory paths are shown relative to. */
  readonly host: Host;
  /** A file's size without reading it (undefined when it cannot be found). */
  readonly sizeOf: (path: string) => number | undefined;
  readonly baseline: BureauBaseline;
  readonly toolVersion: string;
  /** Bigger filings are refused unread. */
  readonly maxBytes: number;
  /** What this bureau receives; by default county catalogues extending `baseline` (the city's). */
  readonly scope?: BureauScope;
  /** A PDF whose streams inflate to more is refused unopened (default MAX_INFLATED_BYTES). */
  readonly maxInflatedBytes?: number;
  /** The bureau's trusted font folder (`verify --fonts`): filings built with `--fonts` are rebuilt in these. */
  readonly fontsDir?: string;
}

/** The bureau's scope, the city's by default. */
export function scopeOf(env: VerifyEnv): BureauScope {
  return env.scope ?? { accepts: 'county', parent: { label: '市级基准目录', sha256: env.baseline.sha256 } };
}

/** How far the integrity check got (FileResult.integrity). */
export type Integrity =
  | 'ok'
  | 'other-version'
  | 'tampered'
  | 'missing-source'
  | 'unreadable'
  | 'baseline-mismatch'
  | 'unverified'
  | 'source'
  | 'handmade'
  | 'failed'
  | 'skipped';

/** The parts of a verified filing before they are put together. */
export interface VerifyParts {
  readonly file: string;
  /** Findings about the filing itself (line 1 of the filing file). */
  readonly findings: readonly Finding[];
  readonly integrity: Integrity;
  readonly checked?: Checked;
  /** For an embedded source: its attachment name, so its diagnostics read `FILING.pdf#ID.yaml`. */
  readonly embeddedName?: string;
  /** What was filed, when the source was found: the part, and the date the PDF was built with. */
  readonly filed?: { readonly type: DocumentType; readonly date?: string };
  /** 文号 and 成文日期 read from what a hand-made document shows (it has no source that states them). */
  readonly document?: FiledDocument;
}

function statusOf(diagnostics: readonly Diagnostic[]): 'ok' | 'warning' | 'error' {
  if (diagnostics.some((d) => d.severity === 'error')) return 'error';
  return diagnostics.some((d) => d.severity === 'warning') ? 'warning' : 'ok';
}

/** A blank 文号 or 成文日期: the bureau cannot register the filing (incomplete-document). */
function documentFindings(document: FiledDocument): Finding[] {
  return [
    ...(document.number === undefined
      ? [filingFinding('incomplete-document', 'number', { field: document.type === 'notice' ? 'document.number' : 'document.filingNumber' })]
      : []),
    ...(document.date === undefined ? [filingFinding('incomplete-document', 'date')] : []),
  ];
}

/** Put the filing's own findings and its source's diagnostics into one result with integrity and status. */
export function assembleOutcome(parts: VerifyParts, lang: Lang): FilingOutcome {
  const { file, checked } = parts;
  const embedded = parts.embeddedName === undefined ? undefined : `${file}#${parts.embeddedName}`;
  const fromSource = (checked?.result.diagnostics ?? []).map((d) => (embedded ? { ...d, file: embedded } : d));
  const document = parts.document ?? (checked?.resolved && parts.filed ? filedDocument(checked, parts.filed.type, parts.filed.date) : undefined);
  const blanks = document ? documentFindings(document) : [];
  const diagnostics = [...filingDiagnostics([...parts.findings, ...blanks], file, lang), ...fromSource].sort(compareDiagnostics);
  const r = checked?.result;
  const result: FileResult = {
    file,
    ...(r?.catalogue !== undefined ? { catalogue: r.catalogue } : {}),
    ...(r?.kind !== undefined ? { kind: r.kind } : {}),
    ok: !diagnostics.some((d) => d.severity === 'error'),
    ...(r?.counts ? { counts: r.counts } : {}),
    diagnostics,
    integrity: parts.integrity,
    status: statusOf(diagnostics),
  };
  return { result, facts: filingFacts(checked, document) };
}

/** A filing that could not be verified at all (too large, unreadable, timed out, crashed). */
export function failedOutcome(
  file: string,
  messageId: string,
  data: Readonly<Record<string, string | number>>,
  integrity: Integrity,
  lang: Lang,
): FilingOutcome {
  return assembleOutcome({ file, findings: [filingFinding('missing-source', messageId, data)], integrity }, lang);
}

/** Root baseline check: the filing's municipal baseline must be, byte for byte, the bureau's. */
export function baselineMismatch(claimed: { readonly label: string; readonly sha256: string } | undefined, ours: BureauBaseline): Finding | undefined {
  if (!claimed || claimed.sha256 === '' || claimed.sha256 === ours.sha256) return undefined;
  return filingFinding('baseline-mismatch', 'default', { baseline: claimed.label, theirs: claimed.sha256, ours: ours.sha256 });
}

/** The municipal baseline a checked catalogue was resolved against (undefined for a municipal catalogue). */
export function resolvedRoot(checked: Checked): { label: string; sha256: string } | undefined {
  const root = checked.baseline?.baseline ?? checked.resolved?.baseline;
  return root ? { label: catalogueLabel(root), sha256: root.sha256 } : undefined;
}

/** Sizes for people: megabytes with one decimal. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
