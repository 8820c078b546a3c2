/** The CLI's contact with the world: the file-system host, output streams, colour and usage errors. */
import { readFileSync, statSync } from 'node:fs';
import { MAX_READ_BYTES } from '../load/limits.js';
import type { Host, ReadResult } from '../model/index.js';

/** A usage problem or unreadable input: exit 2 with a one-line message. */
export class UsageError extends Error {}

export function fsHost(cwd: string = process.cwd()): Host {
  return { cwd, readFile: (path) => readFileResult(path, MAX_READ_BYTES) };
}

/**
 * Read a regular file. Devices and pipes are refused (`ENOTREG`: /dev/zero never ends, a FIFO may never
 * open), and so is a file over `maxBytes` (`EFBIG`), before anything is read.
 */
export function readFileResult(path: string, maxBytes = Infinity): ReadResult {
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { kind: 'directory' };
    if (!st.isFile()) return { kind: 'unreadable', reason: 'ENOTREG' };
    if (st.size > maxBytes) return { kind: 'unreadable', reason: 'EFBIG' };
    return { kind: 'file', bytes: readFileSync(path) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    return { kind: 'unreadable', reason: code ?? String(e) };
  }
}

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
