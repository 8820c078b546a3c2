/** Expand command-line inputs (files, folders) into the sorted list of catalogue files to read. */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Lang } from '../model/index.js';
import { t } from './i18n.js';
import { UsageError } from './io.js';

const YAML = /\.ya?ml$/i;

/** Every *.yaml below a folder, sorted, skipping node_modules and hidden folders. */
function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (YAML.test(entry.name)) out.push(path);
  }
}

/** Absolute paths of the files named (folders expanded); no inputs means ./catalogues. */
export function expandInputs(inputs: readonly string[], cwd: string, lang: Lang): string[] {
  const given = inputs.length > 0 ? inputs : ['catalogues'];
  const out: string[] = [];
  for (const input of given) {
    const path = resolve(cwd, input);
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      throw new UsageError(inputs.length === 0 ? t(lang, 'err.noCatalogues') : t(lang, 'err.missing', { path: input }));
    }
    if (!isDir) { out.push(path); continue; }
    const found: string[] = [];
    walk(path, found);
    if (found.length === 0) throw new UsageError(t(lang, 'err.noYaml', { path: input }));
    out.push(...found);
  }
  return [...new Set(out)].sort();
}
