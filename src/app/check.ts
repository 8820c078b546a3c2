/** `check [FILES...]`: check catalogue files and report the findings; writes nothing. */
import { resolve } from 'node:path';
import { checkAcrossFiles } from '../check/across.js';
import { checkSource, type Checked } from '../check/check.js';
import { MAX_READ_BYTES } from '../load/limits.js';
import { t } from '../messages/cli.js';
import type { FileResult, Lang, ReadResult } from '../model/index.js';
import { FORMAT_NAMES, FORMATTERS, formatGithubSummary, type FormatContext } from '../report/index.js';
import { toolVersion } from '../util/paths.js';
import { rulePage } from './explain.js';
import { expandInputs } from './files.js';
import { UsageError, type AppHost } from './host.js';
import { settleOptions, type CommonOptions, type RawOptions } from './options.js';
import { collect, type AppResult, type Output } from './output.js';

/** Check every input file; unreadable input is a usage error (exit 2). `forOutputs`: ids must be unique as output names (build). */
export function checkInputs(inputs: readonly string[], opts: CommonOptions, host: AppHost, forOutputs = false): Checked[] {
  requireBaseline(opts, host);
  const checked = expandInputs(inputs, host.cwd, opts.lang).map((path) => {
    const r = host.readFile(path);
    if (r.kind !== 'file') throw new UsageError(unreadableMessage(opts.lang, path, r));
    return checkSource(path, r.bytes, host, { lang: opts.lang, ...(opts.baseline ? { baselineOverride: opts.baseline } : {}) });
  });
  return checkAcrossFiles(checked, opts.lang, forOutputs);
}

/** A --baseline that cannot be read is one usage error (exit 2), not one finding per input (as in verify). */
export function requireBaseline(opts: CommonOptions, host: AppHost): void {
  if (opts.baseline !== undefined && host.fs.read(resolve(host.cwd, opts.baseline)).kind !== 'file') {
    throw new UsageError(t(opts.lang, 'err.baseline', { path: opts.baseline }));
  }
}

/** Why an input cannot be checked, in the user's language. */
function unreadableMessage(lang: Lang, path: string, r: Exclude<ReadResult, { kind: 'file' }>): string {
  if (r.kind !== 'unreadable') return t(lang, 'err.missing', { path });
  if (r.reason === 'ENOTREG') return t(lang, 'err.notRegular', { path });
  if (r.reason === 'EFBIG') return t(lang, 'err.tooLarge', { path, limit: `${MAX_READ_BYTES / 1024 / 1024} MB` });
  return t(lang, 'err.unreadable', { path, reason: r.reason });
}

/** The exit code for a set of results: 1 with any error (or warning under --strict). */
export function exitCodeFor(checked: readonly { result: { diagnostics: readonly { severity: string }[] } }[], strict: boolean): number {
  const all = checked.flatMap((c) => c.result.diagnostics);
  return all.some((d) => d.severity === 'error' || (strict && d.severity === 'warning')) ? 1 : 0;
}

/** What the formatters are told: language, colour, the tool version and the rule docs (for SARIF help). */
export function formatContext(opts: CommonOptions, command: string, host: AppHost): FormatContext {
  const ruleDoc = (id: string): string => {
    try {
      return rulePage(host.fs, id, opts.lang);
    } catch {
      return '';
    }
  };
  return { lang: opts.lang, color: host.color.out, verbose: opts.verbose, quiet: opts.quiet, command, toolVersion: toolVersion(), ruleDoc };
}

/** With `--format github` in a GitHub Actions job, append the full Markdown summary (annotations are capped). */
export function writeGithubSummary(format: string, results: readonly FileResult[], ctx: FormatContext, host: AppHost): void {
  const path = host.env.GITHUB_STEP_SUMMARY;
  if (format === 'github' && path) host.fs.appendFile(path, formatGithubSummary(results, ctx));
}

function runCheck(o: Output, inputs: readonly string[], raw: RawOptions, host: AppHost): number {
  const opts = settleOptions(raw, FORMAT_NAMES);
  const checked = checkInputs(inputs, opts, host);
  const format = FORMATTERS[opts.format];
  if (!format) throw new UsageError(t(opts.lang, 'err.format', { format: opts.format, formats: FORMAT_NAMES.join('、') }));
  const results = checked.map((c) => c.result);
  const ctx = formatContext(opts, 'check', host);
  o.out(format(results, ctx));
  writeGithubSummary(opts.format, results, ctx, host);
  return exitCodeFor(checked, opts.strict);
}

/** `catalog check`: the findings as the chosen format prints them. */
export function check(inputs: readonly string[], raw: RawOptions, host: AppHost): Promise<AppResult> {
  return collect((o) => runCheck(o, inputs, raw, host));
}
