/**
 * An AppFs that writes only to memory: reads fall through to the disk (read-only) for what memory does not
 * hold, so the shipped templates, schemas and baselines are found; nothing written ever reaches the disk.
 */
import { basename, dirname } from 'node:path';
import { fsHost, type AppHost } from '../../src/app/host.js';
import type { AppFs, FileStat } from '../../src/io/fs.js';
import { nodeFs } from '../../src/io/node-fs.js';
import type { ReadResult } from '../../src/model/index.js';

const fail = (code: string, path: string): Error => Object.assign(new Error(`${code}: ${path}`), { code });
const below = (dir: string, path: string): boolean => path.startsWith(dir.endsWith('/') ? dir : `${dir}/`);

export class MemoryFs implements AppFs {
  /** Files written, by absolute path. */
  readonly files = new Map<string, Uint8Array>();
  /** Folders made. */
  readonly dirs = new Set<string>();
  private readonly modes = new Map<string, number>();
  private made = 0;

  stat(path: string): FileStat | undefined {
    return this.own(path) ?? nodeFs.stat(path);
  }

  lstat(path: string): FileStat | undefined {
    return this.own(path) ?? nodeFs.lstat(path);
  }

  read(path: string, maxBytes = Infinity): ReadResult {
    if (this.dirs.has(path)) return { kind: 'directory' };
    const bytes = this.files.get(path);
    if (!bytes) return nodeFs.read(path, maxBytes);
    return bytes.byteLength > maxBytes ? { kind: 'unreadable', reason: 'EFBIG' } : { kind: 'file', bytes };
  }

  readText(path: string): string {
    const bytes = this.files.get(path);
    return bytes ? new TextDecoder().decode(bytes) : nodeFs.readText(path);
  }

  readDir(path: string): string[] {
    const mine = [...this.files.keys(), ...this.dirs].filter((p) => dirname(p) === path).map((p) => basename(p));
    const disk = nodeFs.stat(path)?.isDirectory === true ? nodeFs.readDir(path) : [];
    if (mine.length === 0 && !this.dirs.has(path) && disk.length === 0 && !nodeFs.stat(path)) throw fail('ENOENT', path);
    return [...new Set([...disk, ...mine])];
  }

  mkdir(path: string): void {
    if (this.stat(path)) throw fail('EEXIST', path);
    this.needFolder(dirname(path));
    this.dirs.add(path);
  }

  mkdtemp(prefix: string): string {
    this.made += 1;
    const path = `${prefix}${String(this.made).padStart(6, '0')}`;
    this.mkdir(path);
    return path;
  }

  writeFile(path: string, data: Uint8Array | string, opts: { readonly exclusive?: boolean } = {}): void {
    this.needFolder(dirname(path));
    if (this.stat(path)?.isDirectory) throw fail('EISDIR', path);
    if (opts.exclusive === true && this.stat(path)) throw fail('EEXIST', path);
    this.files.set(path, typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data));
  }

  appendFile(path: string, text: string): void {
    const before = this.files.get(path) ?? new Uint8Array();
    this.writeFile(path, new Uint8Array([...before, ...new TextEncoder().encode(text)]));
  }

  rename(from: string, to: string): void {
    this.needFolder(dirname(to));
    if (this.dirs.has(to)) throw fail('EISDIR', to);
    const bytes = this.files.get(from);
    if (bytes) {
      this.files.delete(from);
      this.files.set(to, bytes);
      const mode = this.modes.get(from);
      if (mode !== undefined) this.modes.set(to, mode);
      return;
    }
    if (!this.dirs.has(from)) throw fail('ENOENT', from);
    for (const dir of [...this.dirs].filter((d) => d === from || below(from, d))) {
      this.dirs.delete(dir);
      this.dirs.add(to + dir.slice(from.length));
    }
    for (const [file, content] of [...this.files].filter(([f]) => below(from, f))) {
      this.files.delete(file);
      this.files.set(to + file.slice(from.length), content);
    }
  }

  remove(path: string, opts: { readonly recursive?: boolean } = {}): void {
    if (this.files.delete(path)) return;
    if (!this.dirs.has(path)) return;
    if (opts.recursive !== true) throw fail('EISDIR', path);
    for (const dir of [...this.dirs].filter((d) => d === path || below(path, d))) this.dirs.delete(dir);
    for (const file of [...this.files.keys()].filter((f) => below(path, f))) this.files.delete(file);
  }

  realpath(path: string): string {
    return this.own(path) ? path : nodeFs.realpath(path);
  }

  chmod(path: string, mode: number): void {
    if (!this.files.has(path)) throw fail('ENOENT', path);
    this.modes.set(path, mode);
  }

  /** The text of a file written to memory. */
  text(path: string): string | undefined {
    const bytes = this.files.get(path);
    return bytes && new TextDecoder().decode(bytes);
  }

  private own(path: string): FileStat | undefined {
    if (this.dirs.has(path)) return { isDirectory: true, mode: 0o40755 };
    if (this.files.has(path)) return { isDirectory: false, mode: 0o100000 | (this.modes.get(path) ?? 0o644) };
    return undefined;
  }

  private needFolder(dir: string): void {
    const st = this.stat(dir);
    if (!st) throw fail('ENOENT', dir);
    if (!st.isDirectory) throw fail('ENOTDIR', dir);
  }
}

/** A host over `fs` in `cwd`: catalogues read through it too, a fixed clock, no terminal, no colour. */
export function memoryHost(cwd: string, fs: AppFs): AppHost {
  return {
    ...fsHost(cwd, fs),
    fs,
    env: { SOURCE_DATE_EPOCH: '1767225600' },
    now: () => new Date('2026-01-01T00:00:00Z'),
    color: { out: false, err: false },
  };
}
