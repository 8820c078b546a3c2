/**
 * What the app layer needs from the world, handed in by its caller (the CLI, the library, a test): the files,
 * the environment, the clock, whether output may be coloured, a status line. Nothing in src/app prints or exits.
 */
import type { AppFs } from '../io/fs.js';
import { nodeFs } from '../io/node-fs.js';
import { MAX_READ_BYTES } from '../load/limits.js';
import type { Host } from '../model/index.js';

export type { AppFs };

/** A bad invocation or an unreadable input: the CLI prints the message and exits 2. */
export class UsageError extends Error {}

/** Reads catalogues from `fs`, the disk by default (up to the catalogue size limit); paths are resolved against `cwd`. */
export function fsHost(cwd: string, fs: AppFs = nodeFs): Host {
  return { cwd, readFile: (path) => fs.read(path, MAX_READ_BYTES) };
}

/** `init`'s questions on an interactive terminal. */
export interface Terminal {
  ask(question: string): Promise<string>;
  say(text: string): void;
  close(): void;
}

export interface AppHost extends Host {
  /** The environment variables the commands read: SOURCE_DATE_EPOCH, GITHUB_STEP_SUMMARY. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The clock (verification time, the year in `init`'s examples) when SOURCE_DATE_EPOCH is not set. */
  now(): Date;
  /** Whether text for standard output and standard error may be coloured. */
  readonly color: { readonly out: boolean; readonly err: boolean };
  /** A one-line status (progress) on a terminal; `undefined` clears it. Absent when there is no terminal. */
  readonly status?: (line: string | undefined) => void;
  /** Every other file the commands read or write: templates, rule pages, outputs, `--baseline`, `--expect`, the step summary. */
  readonly fs: AppFs;
  /** Opens the terminal for `init`'s questions; absent when standard input is not a terminal. */
  readonly openTerminal?: () => Promise<Terminal>;
}
