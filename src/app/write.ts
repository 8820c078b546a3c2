/** Safe output: files go to a temporary name and are renamed, never outside the output folder or over a source. */
import { basename, dirname, join, relative, resolve, isAbsolute } from 'node:path';
import type { Lang } from '../model/index.js';
import { t } from '../messages/cli.js';
import { UsageError, type AppFs } from './host.js';

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

/**
 * `mkdir -p`, one level at a time: Node 20's recursive mkdirSync spins forever where a parent exists but
 * refuses children with ENOENT (`-o /proc/x` hung a build at 100 % CPU); this fails with the real error.
 */
export function makeDirs(fs: AppFs, dir: string): void {
  const missing: string[] = [];
  for (let at = dir; !fs.stat(at); at = dirname(at)) {
    missing.push(at);
    if (dirname(at) === at) break;
  }
  for (const d of missing.reverse()) {
    try {
      fs.mkdir(d);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || fs.stat(d)?.isDirectory !== true) throw e;
    }
  }
}

export interface WriteOptions {
  readonly lang?: Lang;
  /** How the path is named in a message (default: as given). */
  readonly shown?: string;
}

/**
 * Write bytes atomically: an interrupted build leaves the previous file intact. A file that cannot be
 * written (no such folder, no permission, a read-only disk) is an OutputError saying so in the user's language.
 */
export function writeAtomic(fs: AppFs, path: string, bytes: Uint8Array | string, opts: WriteOptions = {}): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    makeDirs(fs, dirname(path));
    fs.writeFile(tmp, bytes);
    fs.rename(tmp, path);
  } catch (e) {
    try {
      fs.remove(tmp);
    } catch {
      // nothing was created there (the folder is missing or is a file)
    }
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new OutputError(t(opts.lang ?? 'zh', 'err.unwritable', { path: opts.shown ?? path, reason }));
  }
}
