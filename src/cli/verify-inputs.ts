/** Expand `verify`'s inputs: files as given, folders to every *.pdf/*.yaml/*.docx/*.xlsx (and old .doc/.wps/.xls/.et, refused with advice) below, and `*`/`**`/`?` globs (Windows shells do not expand them). */
import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { Lang } from '../model/index.js';
import { UsageError } from './io.js';
import { vt } from './verify-texts.js';

const FILING = /\.(pdf|ya?ml|docx|xlsx|doc|wps|xls|et)$/i;
const GLOB = /[*?]/;

/** Every file below `dir` (hidden folders and node_modules skipped), as paths relative to it with `/`. */
function walk(dir: string, prefix = '', out: string[] = []): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const rel = prefix + entry.name;
    if (entry.isDirectory()) walk(join(dir, entry.name), `${rel}/`, out);
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}

/** A glob as a regular expression over `/`-separated relative paths: `**` any folders, `*` and `?` within a name. */
export function globRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] ?? '';
    if (pattern.startsWith('**/', i)) { re += '(?:[^/]+/)*'; i += 2; }
    else if (pattern.startsWith('**', i)) { re += '.*'; i += 1; }
    else if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, process.platform === 'win32' ? 'i' : '');
}

/** The files a glob names: walk from its last folder without wildcards, match the rest. */
export function expandGlob(pattern: string, cwd: string): string[] {
  const slashed = pattern.replace(/\\/g, '/');
  const segments = slashed.split('/');
  const firstWild = segments.findIndex((s) => GLOB.test(s));
  const baseSegments = segments.slice(0, firstWild);
  const base = baseSegments.length === 0 ? cwd : resolve(cwd, baseSegments.join('/') || '/');
  const re = globRegExp(segments.slice(firstWild).join('/'));
  return walk(base).filter((rel) => re.test(rel)).map((rel) => join(base, rel));
}

function isDirectory(path: string): boolean | undefined {
  try {
    return statSync(path).isDirectory();
  } catch {
    return undefined;
  }
}

/** Absolute paths of the filings named, without duplicates, sorted. */
export function expandFilings(inputs: readonly string[], cwd: string, lang: Lang): string[] {
  if (inputs.length === 0) throw new UsageError(vt(lang, 'err.noInputs'));
  const out: string[] = [];
  for (const input of inputs) {
    if (GLOB.test(input)) {
      const found = expandGlob(input, cwd);
      if (found.length === 0) throw new UsageError(vt(lang, 'err.noMatch', { pattern: input }));
      out.push(...found);
      continue;
    }
    const path = isAbsolute(input) ? input : resolve(cwd, input);
    const dir = isDirectory(path);
    if (dir === undefined) throw new UsageError(vt(lang, 'err.missing', { path: input }));
    if (!dir) { out.push(path); continue; }
    const found = walk(path).filter((rel) => FILING.test(rel)).map((rel) => join(path, rel));
    if (found.length === 0) throw new UsageError(vt(lang, 'err.noFilings', { path: input }));
    out.push(...found);
  }
  return [...new Set(out)].sort();
}
