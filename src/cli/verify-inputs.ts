/** Expand `verify`'s inputs: files as given, folders to every *.pdf/*.yaml below, and globs (the shared walker in inputs.ts). */
import type { Lang } from '../model/index.js';
import { expandPaths } from './inputs.js';
import { UsageError } from './io.js';
import { vt } from './verify-texts.js';

const FILING = /\.(pdf|ya?ml)$/i;

/** Absolute paths of the filings named, without duplicates, sorted. */
export function expandFilings(inputs: readonly string[], cwd: string, lang: Lang): string[] {
  if (inputs.length === 0) throw new UsageError(vt(lang, 'err.noInputs'));
  const r = expandPaths(inputs, cwd, FILING);
  if ('files' in r) return r.files;
  const { kind, input } = r.problem;
  if (kind === 'noMatch') throw new UsageError(vt(lang, 'err.noMatch', { pattern: input }));
  throw new UsageError(vt(lang, kind === 'missing' ? 'err.missing' : 'err.noFilings', { path: input }));
}
