/** Expand `verify`'s inputs: files as given, folders to every file below (those verify cannot check are listed as 未核验), and globs (the shared walker, io/walk.ts). */
import type { Lang } from '../model/index.js';
import { expandPaths } from '../io/walk.js';
import { UsageError } from './host.js';
import { vt } from '../messages/verify.js';

/** Every file of a folder: those verify does not check are listed as 未核验, never dropped. */
const ANY_FILE = /[^/\\]$/;

/** Absolute paths of the filings named, without duplicates, sorted. */
export function expandFilings(inputs: readonly string[], cwd: string, lang: Lang): string[] {
  if (inputs.length === 0) throw new UsageError(vt(lang, 'err.noInputs'));
  // Hidden files and folders too (`.weihui-0.pdf`, `.收文/`): a unit's failing copy must not drop out of the decision unseen (red team).
  const r = expandPaths(inputs, cwd, ANY_FILE, { all: true });
  if ('files' in r) return r.files;
  const { kind, input } = r.problem;
  if (kind === 'noMatch') throw new UsageError(vt(lang, 'err.noMatch', { pattern: input }));
  throw new UsageError(vt(lang, kind === 'missing' ? 'err.missing' : 'err.noFilings', { path: input }));
}
