/**
 * The library: the CLI's pipeline for programs that do not want a CLI (an editor, a portal). Stable names:
 * check / checkFile (load → schema → resolve → rules), build (the documents as bytes), verify (a filing's
 * bytes), format (any `--format` as text) and the rule list. Nothing here writes a file or the terminal.
 */
import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { checkSource } from './check/check.js';
import { documentDate } from './build/date.js';
import { renderCatalogue } from './build/render.js';
import { parseSelection } from './build/selection.js';
import { loadTemplates } from './app/build.js';
import { fsHost } from './app/host.js';
import { nodeFs } from './io/node-fs.js';
import { sha256Hex } from './load/load.js';
import type { FileResult, Host, Lang } from './model/index.js';
import { shippedCataloguesDir, toolVersion } from './util/paths.js';
import { FORMATTERS, type FormatName } from './report/index.js';
import { CODES } from './validate/registry.js';
import { verifyFile } from './filing/verify.js';

export type { Catalogue, Diagnostic, FileResult, Host, Lang, ReadResult, Severity } from './model/index.js';

export interface CheckOptions {
  /** Message language; default zh. */
  readonly lang?: Lang;
  /** Paths in results are relative to this folder; parents (`extends`) are read from disk. Default process.cwd(). */
  readonly cwd?: string;
  /** Reads files (parents named by `extends`); default: the real file system. */
  readonly host?: Host;
  /** A municipal catalogue file used instead of the one `extends: NAME@VERSION` names (CLI `--baseline`). */
  readonly baseline?: string;
}

function hostFor(opts: CheckOptions): Host {
  return opts.host ?? fsHost(opts.cwd ?? process.cwd());
}

function checkedOf(path: string, bytes: Uint8Array | string, opts: CheckOptions) {
  const host = hostFor(opts);
  const absolute = resolvePath(host.cwd, path);
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return checkSource(absolute, data, host, {
    lang: opts.lang ?? 'zh',
    ...(opts.baseline !== undefined ? { baselineOverride: resolvePath(host.cwd, opts.baseline) } : {}),
  });
}

/**
 * Check one catalogue given its text (as an editor holds it): `path` names it and anchors relative
 * `extends`. The result has the diagnostics and, when it resolved, the full catalogue (`resolved`).
 */
export function check(path: string, text: Uint8Array | string, opts: CheckOptions = {}): FileResult {
  return checkedOf(path, text, opts).result;
}

/** Check one catalogue file read from disk. */
export function checkFile(path: string, opts: CheckOptions = {}): FileResult {
  const absolute = resolvePath(opts.host?.cwd ?? opts.cwd ?? process.cwd(), path);
  return check(absolute, readFileSync(absolute), opts);
}

export interface BuildOptions extends CheckOptions {
  /** Which documents, as `--only` (e.g. "filing,pdf" or "html"); default all. */
  readonly only?: string;
  /** DOCX font names: GB/T 9704 faces (default) or the ones every Windows PC has. */
  readonly profile?: 'gbt9704' | 'windows';
  /** 成文日期 when the catalogue has no `document.date` (YYYY-MM-DD); default: left blank. */
  readonly date?: string;
  /** A folder of the office's own fonts for the PDF (CLI `--fonts`). */
  readonly fontsDir?: string;
}

export interface BuiltFile {
  /** File name as `catalog build` writes it, e.g. weihui.filing.pdf. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

export type BuildResult =
  | { readonly ok: true; readonly result: FileResult; readonly files: readonly BuiltFile[] }
  | { readonly ok: false; readonly result: FileResult; readonly files: readonly [] };

/** Check, then render the documents to bytes (the same bytes `catalog build` writes); nothing when there are errors. */
export async function build(path: string, text: Uint8Array | string, opts: BuildOptions = {}): Promise<BuildResult> {
  const checked = checkedOf(path, text, opts);
  if (!checked.result.ok || !checked.resolved) return { ok: false, result: checked.result, files: [] };
  const selection = parseSelection(opts.only);
  if ('invalid' in selection) throw new RangeError(`unknown document kind in only: ${selection.invalid}`);
  const files = await renderCatalogue({
    checked,
    date: documentDate(checked.resolved.document.date ?? opts.date, undefined),
    templates: loadTemplates(nodeFs, undefined, opts.lang ?? 'zh'),
    selection,
    profile: opts.profile ?? 'gbt9704',
    toolVersion: toolVersion(),
    ...(opts.fontsDir !== undefined ? { fontsDir: opts.fontsDir } : {}),
  });
  const bytes = (b: Uint8Array | string) => (typeof b === 'string' ? new TextEncoder().encode(b) : b);
  return { ok: true, result: checked.result, files: files.map((f) => ({ name: f.name, bytes: bytes(f.bytes) })) };
}

export interface VerifyOptions {
  readonly lang?: Lang;
  /** The bureau's municipal catalogue file; default the shipped xinxiang@2020. */
  readonly baseline?: string;
}

/**
 * Verify a filing (a PDF made by `build`, or a YAML source) given its bytes, as `catalog verify` does:
 * the result's `integrity` says whether the PDF was rebuilt byte for byte (`ok`) or what went wrong.
 */
export async function verify(name: string, bytes: Uint8Array, opts: VerifyOptions = {}): Promise<FileResult> {
  const baselinePath = resolvePath(opts.baseline ?? `${shippedCataloguesDir}/xinxiang/2020.yaml`);
  const baselineBytes = readFileSync(baselinePath);
  const disk = fsHost(process.cwd());
  const filing = resolvePath(disk.cwd, name);
  const host: Host = { cwd: disk.cwd, readFile: (p) => (p === filing ? { kind: 'file', bytes } : disk.readFile(p)) };
  const outcome = await verifyFile(filing, {
    lang: opts.lang ?? 'zh',
    host,
    sizeOf: (p) => (p === filing ? bytes.byteLength : undefined),
    baseline: { path: baselinePath, bytes: baselineBytes, sha256: sha256Hex(baselineBytes) },
    toolVersion: toolVersion(),
    maxBytes: Number.MAX_SAFE_INTEGER,
  });
  return outcome.result;
}

/** The output formats of `--format`. */
export type Format = FormatName;

/** Results as `catalog check --format FORMAT` prints them (no colour). */
export function format(results: readonly FileResult[], as: Format, opts: { lang?: Lang; command?: 'check' | 'verify' } = {}): string {
  const formatter = FORMATTERS[as];
  if (!formatter) throw new RangeError(`unknown format: ${as}`);
  return formatter(results, {
    lang: opts.lang ?? 'zh',
    color: false,
    verbose: true,
    quiet: false,
    command: opts.command ?? 'check',
    toolVersion: toolVersion(),
  });
}

/** The rules: id, severity and a one-line description in zh and en. */
export const rules: readonly {
  readonly id: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly description: { readonly zh: string; readonly en: string };
}[] = CODES.map((r) => ({ id: r.id, severity: r.severity, description: r.description }));

/** This package's version. */
export const version: string = toolVersion();
