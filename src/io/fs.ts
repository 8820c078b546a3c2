/**
 * The file operations the commands use besides reading catalogues (Host.readFile): templates, rule pages, output
 * folders, atomic writes. The CLI and the library hand in the disk (node-fs.ts); a test can hand in memory.
 * Paths are absolute. A failing operation throws an error whose `code` names why (ENOENT, EEXIST, EISDIR, ENOSPC…).
 */
import type { ReadResult } from './read.js';

/** What is at a path, as far as the commands ask. */
export interface FileStat {
  readonly isDirectory: boolean;
  /** Permission bits and file type, as stat(2) gives them. */
  readonly mode: number;
}

export interface AppFs {
  /** What is at `path`, symbolic links followed; `undefined` when nothing can be found there (as existsSync says false). */
  stat(path: string): FileStat | undefined;
  /** The same for the path itself: a symbolic link is not followed. */
  lstat(path: string): FileStat | undefined;
  /** A regular file's bytes, or why not (never throws); a file over `maxBytes` is refused unread (EFBIG). */
  read(path: string, maxBytes?: number): ReadResult;
  /** A file as UTF-8 text (the tool's own templates and pages, a folder's catalogues); throws when it cannot. */
  readText(path: string): string;
  /** The names in a folder. */
  readDir(path: string): string[];
  /** Make one folder (its parent must exist). */
  mkdir(path: string): void;
  /** Make a new folder named `prefix` and six random characters; returns its path. */
  mkdtemp(prefix: string): string;
  /** Create or replace a file; `exclusive`: fail (EEXIST) when it exists. */
  writeFile(path: string, data: Uint8Array | string, opts?: { readonly exclusive?: boolean }): void;
  appendFile(path: string, text: string): void;
  /** Move a file or folder, replacing a file at `to`. */
  rename(from: string, to: string): void;
  /** Remove a file (or a folder with everything in it, `recursive`); nothing there is not an error. */
  remove(path: string, opts?: { readonly recursive?: boolean }): void;
  /** The path with every symbolic link resolved. */
  realpath(path: string): string;
  chmod(path: string, mode: number): void;
}
