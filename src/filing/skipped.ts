/** Files in an inbox that verify does not check: recognised by name, listed as 未核验 with the reason instead of being dropped. */
import { extname } from 'node:path';
import type { FilingOutcome } from '../model/filing.js';
import type { Lang } from '../model/index.js';
import { filingFinding } from './findings.js';
import { assembleOutcome } from './outcome.js';

const KINDS: readonly (readonly [RegExp, string])[] = [
  [/\.(rtf|odt)$/i, 'word'],
  [/\.(csv|ods)$/i, 'sheet'],
  [/\.ofd$/i, 'ofd'],
  [/\.(png|jpe?g|gif|bmp|tiff?|webp|heic)$/i, 'image'],
];

/** Why a file is not verified (the unverified-file message id), or undefined for a PDF, YAML or Word/Excel filing (old binary formats are refused there with advice). */
export function skipReason(path: string): string | undefined {
  for (const [re, id] of KINDS) if (re.test(path)) return id;
  return /\.(pdf|ya?ml|docx|xlsx|doc|wps|xls|et)$/i.test(path) ? undefined : 'default';
}

/** The outcome of a file that was listed, not verified. */
export function skippedOutcome(file: string, reason: string, lang: Lang): FilingOutcome {
  const ext = extname(file) || file;
  return assembleOutcome({ file, findings: [filingFinding('unverified-file', reason, { ext })], integrity: 'skipped' }, lang);
}
