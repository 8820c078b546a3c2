/** Paths as people read them in messages and documents: one definition for every command. */
import { isAbsolute, relative, sep } from 'node:path';

/** A path with `/` between its parts, on Windows too. */
export function slashed(path: string): string {
  return path.split(sep).join('/');
}

/** `to` relative to `from`, with `/` between its parts. */
export function relativeSlashed(from: string, to: string): string {
  return slashed(relative(from, to));
}

/** A path as messages show it: relative to `cwd` when it is inside, else absolute. */
export function shownPath(cwd: string, path: string): string {
  const near = relative(cwd, path);
  return near && !near.startsWith('..') && !isAbsolute(near) ? near : path;
}
