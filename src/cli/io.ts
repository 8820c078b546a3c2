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

/** Colours on a terminal only, and never with NO_COLOR (https://no-color.org). */
export function useColor(stream: NodeJS.WriteStream): boolean {
  return Boolean(stream.isTTY) && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '') && process.env.FORCE_COLOR !== '0';
}

export function writeOut(text: string): void {
  process.stdout.write(text.endsWith('\n') || text === '' ? text : text + '\n');
}

export function writeErr(text: string): void {
  process.stderr.write(text.endsWith('\n') ? text : text + '\n');
}
