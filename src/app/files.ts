/** Expand `check`/`build` inputs (files, folders, globs) into the sorted list of catalogue files to read. */
import type { Lang } from '../model/index.js';
import { t } from '../messages/cli.js';
import { expandPaths } from '../io/walk.js';
import { UsageError } from './host.js';

const YAML = /\.ya?ml$/i;

/** Absolute paths of the files named (folders and globs expanded); no inputs means ./catalogues. */
export function expandInputs(inputs: readonly string[], cwd: string, lang: Lang): string[] {
  const r = expandPaths(inputs.length > 0 ? inputs : ['catalogues'], cwd, YAML);
  if ('files' in r) return r.files;
  const { kind, input } = r.problem;
  if (inputs.length === 0) throw new UsageError(t(lang, 'err.noCatalogues'));
  if (kind === 'noMatch') throw new UsageError(t(lang, 'err.noMatch', { pattern: input }));
  throw new UsageError(t(lang, kind === 'missing' ? 'err.missing' : 'err.noYaml', { path: input }));
}
