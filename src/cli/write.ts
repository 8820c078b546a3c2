/** Safe output: files go to a temporary name and are renamed, never outside the output folder or over a source. */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, isAbsolute } from 'node:path';
import type { Lang } from '../model/index.js';
import { t } from './i18n.js';
import { UsageError } from './io.js';

/** Refused output: a usage problem (exit 2). */
export class OutputError extends UsageError {}

/** The absolute path for `name` in `outDir`, refusing names that escape it or that would overwrite a source. */
export function outputPath(outDir: string, name: string, sources: ReadonlySet<string>, lang: Lang = 'zh'): string {
  const path = resolve(outDir, name);
  const rel = relative(resolve(outDir), path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || basename(name) !== name) {
    throw new OutputError(t(lang, 'err.outside', { name }));
  }
  if (sources.has(path)) throw new OutputError(t(lang, 'err.overwriteSource', { path }));
  return path;
}

/** Write bytes atomically: an interrupted build leaves the previous file intact. */
export function writeAtomic(path: string, bytes: Uint8Array | string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
