/** Reading a file from disk as a ReadResult: the low-level read shared by the CLI and verify's worker threads. */
import { readFileSync, statSync } from 'node:fs';

/** A file read, or why not: the one answer every reader of catalogue files gets. */
export type ReadResult =
  | { readonly kind: 'file'; readonly bytes: Uint8Array }
  | { readonly kind: 'directory' }
  | { readonly kind: 'missing' }
  | { readonly kind: 'unreadable'; readonly reason: string };

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
