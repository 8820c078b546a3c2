/** The disk as an AppFs: what the CLI and the library hand the commands. */
import {
  appendFileSync,
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import type { AppFs, FileStat } from './fs.js';
import { readFileResult } from './read.js';

function statOf(get: () => Stats): FileStat | undefined {
  try {
    const st = get();
    return { isDirectory: st.isDirectory(), mode: st.mode };
  } catch {
    return undefined;
  }
}

export const nodeFs: AppFs = {
  stat: (path) => statOf(() => statSync(path)),
  lstat: (path) => statOf(() => lstatSync(path)),
  read: (path, maxBytes) => readFileResult(path, maxBytes),
  readText: (path) => readFileSync(path, 'utf8'),
  readDir: (path) => readdirSync(path),
  mkdir: (path) => mkdirSync(path),
  mkdtemp: (prefix) => mkdtempSync(prefix),
  writeFile: (path, data, opts) => writeFileSync(path, data, opts?.exclusive === true ? { flag: 'wx' } : undefined),
  appendFile: (path, text) => appendFileSync(path, text),
  rename: (from, to) => renameSync(from, to),
  remove: (path, opts) => rmSync(path, { force: true, recursive: opts?.recursive === true }),
  realpath: (path) => realpathSync(path),
  chmod: (path, mode) => chmodSync(path, mode),
};
