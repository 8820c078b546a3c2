/** `catalog check [FILES...]`: check catalogue files and print the findings; writes nothing. */
import { checkSource, type Checked } from '../check/check.js';
import { FORMATTERS } from '../report/index.js';
import { CHECK_FORMATS } from './commands.js';
import { expandInputs } from './files.js';
import { t } from './i18n.js';
import { fsHost, readFileResult, UsageError, useColor, writeOut } from './io.js';
import { settleOptions, type CommonOptions } from './options.js';

/** Check every input file; unreadable input is a usage error (exit 2). */
export function checkInputs(inputs: readonly string[], opts: CommonOptions): Checked[] {
  const host = fsHost();
  return expandInputs(inputs, host.cwd, opts.lang).map((path) => {
    const r = readFileResult(path);
    if (r.kind !== 'file') throw new UsageError(t(opts.lang, r.kind === 'unreadable' ? 'err.unreadable' : 'err.missing', { path, reason: r.kind === 'unreadable' ? r.reason : '' }));
    return checkSource(path, r.bytes, host, { lang: opts.lang, ...(opts.baseline ? { baselineOverride: opts.baseline } : {}) });
  });
}

/** The exit code for a set of results: 1 with any error (or warning under --strict). */
export function exitCodeFor(checked: readonly { result: { diagnostics: readonly { severity: string }[] } }[], strict: boolean): number {
  const all = checked.flatMap((c) => c.result.diagnostics);
  return all.some((d) => d.severity === 'error' || (strict && d.severity === 'warning')) ? 1 : 0;
}

export function runCheck(inputs: readonly string[], raw: Record<string, unknown>): number {
  const opts = settleOptions(raw, CHECK_FORMATS);
  const checked = checkInputs(inputs, opts);
  const format = FORMATTERS[opts.format];
  if (!format) throw new UsageError(t(opts.lang, 'err.format', { format: opts.format, formats: CHECK_FORMATS.join('、') }));
  writeOut(format(checked.map((c) => c.result), { lang: opts.lang, color: useColor(process.stdout), verbose: opts.verbose, quiet: opts.quiet, command: 'check' }));
  return exitCodeFor(checked, opts.strict);
}
