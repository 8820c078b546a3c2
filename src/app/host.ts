/** The CLI's contact with the world: the file-system host, output streams, colour and usage errors. */
import { readFileResult } from '../io/read.js';
import { MAX_READ_BYTES } from '../load/limits.js';
import type { Host, ReadResult } from '../model/index.js';

/** A usage problem or unreadable input: exit 2 with a one-line message. */
export class UsageError extends Error {}

export function fsHost(cwd: string = process.cwd()): Host {
  return { cwd, readFile: (path) => readFileResult(path, MAX_READ_BYTES) };
}

export { readFileResult };

/**
 * Colours: NO_COLOR (non-empty) always wins (https://no-color.org); then FORCE_COLOR forces them on even
 * without a terminal (any value but 0/false; https://force-color.org), or off with 0/false; else on a terminal only.
 */
export function colorWanted(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.trim().toLowerCase());
  return isTTY;
}

export function useColor(stream: NodeJS.WriteStream): boolean {
  return colorWanted(process.env, Boolean(stream.isTTY));
}

export function writeOut(text: string): void {
  process.stdout.write(text.endsWith('\n') || text === '' ? text : text + '\n');
}

export function writeErr(text: string): void {
  process.stderr.write(text.endsWith('\n') ? text : text + '\n');
}
