/** One walker for check, build and verify: files as given, folders walked (symlinks followed, loops cut), globs expanded here. */
import { realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, resolve } from 'node:path';

/** tinyglobby (with fdir and picomatch, ~30 ms to load) only when a folder or glob is walked, not for a named file. */
function globSync(patterns: readonly string[], options: Omit<import('tinyglobby').GlobOptions, 'patterns'>): string[] {
  const tinyglobby = createRequire(import.meta.url)('tinyglobby') as typeof import('tinyglobby');
  return tinyglobby.globSync(patterns, options);
}

const GLOB = /[*?[\]{}]/;

/** Whether an argument is a glob the program expands itself (Windows shells do not). */
function isGlob(input: string): boolean {
  return GLOB.test(input);
}

/** The real path of a file, so a file reached through two symlinks is read once. */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** How a folder is walked: `all` also takes hidden entries and node_modules (verify's inbox: a filing is never dropped unseen). */
export interface WalkOptions {
  readonly all?: boolean;
}

/**
 * The files below `base` matching `pattern` (relative, `/`-separated), hidden entries and node_modules skipped
 * unless `all`, symlinked files and folders followed; a symlink loop is walked once and cut (tinyglobby/fdir detect it).
 */
function globFrom(base: string, pattern: string, options: WalkOptions): string[] {
  const found = globSync([pattern], {
    cwd: base,
    absolute: true,
    onlyFiles: true,
    followSymbolicLinks: true,
    dot: options.all === true,
    ignore: options.all === true ? [] : ['**/node_modules/**'],
    expandDirectories: false,
  });
  return found.map((p) => resolve(p));
}

/** Keep the first (sorted) path of each real file: a loop or a second link names the same file again. */
function distinctFiles(paths: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const path of [...new Set(paths)].sort()) {
    const real = realPath(path);
    if (seen.has(real)) continue;
    seen.add(real);
    out.push(path);
  }
  return out;
}

/** Every file below a folder whose name matches `accept`. */
function walkFolder(dir: string, accept: RegExp, options: WalkOptions): string[] {
  return distinctFiles(globFrom(dir, '**/*', options).filter((p) => accept.test(p)));
}

/** The files a glob names: split at its last folder without wildcards, match the rest there (`\` read as `/`). */
function expandGlob(pattern: string, cwd: string, options: WalkOptions): string[] {
  const segments = pattern.replace(/\\/g, '/').split('/');
  const firstWild = segments.findIndex((s) => isGlob(s));
  const baseSegments = segments.slice(0, firstWild);
  const base = baseSegments.length === 0 ? cwd : resolve(cwd, baseSegments.join('/') || '/');
  return distinctFiles(globFrom(base, segments.slice(firstWild).join('/'), options));
}

function isDirectory(path: string): boolean | undefined {
  try {
    return statSync(path).isDirectory();
  } catch {
    return undefined;
  }
}

/** Why an argument gave no files; the command words it in its own texts. */
export type InputProblem =
  | { readonly kind: 'missing'; readonly input: string }
  | { readonly kind: 'emptyFolder'; readonly input: string }
  | { readonly kind: 'noMatch'; readonly input: string };

/**
 * Absolute paths of the inputs (files as given, folders to the files matching `accept`, globs expanded),
 * without duplicates, sorted; or the first argument that named nothing.
 */
export function expandPaths(
  inputs: readonly string[],
  cwd: string,
  accept: RegExp,
  options: WalkOptions = {},
): { files: string[] } | { problem: InputProblem } {
  const out: string[] = [];
  for (const input of inputs) {
    const path = isAbsolute(input) ? input : resolve(cwd, input);
    const dir = isDirectory(path);
    if (dir === undefined && isGlob(input)) {
      const found = expandGlob(input, cwd, options);
      if (found.length === 0) return { problem: { kind: 'noMatch', input } };
      out.push(...found);
      continue;
    }
    if (dir === undefined) return { problem: { kind: 'missing', input } };
    if (!dir) {
      out.push(path);
      continue;
    }
    const found = walkFolder(path, accept, options);
    if (found.length === 0) return { problem: { kind: 'emptyFolder', input } };
    out.push(...found);
  }
  return { files: distinctFiles(out) };
}
