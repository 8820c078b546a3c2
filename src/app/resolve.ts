/** `catalog resolve FILE [--json]`: print the resolved catalogue; findings go to stderr. */
import { stringify } from 'yaml';
import { formatStylish } from '../report/stylish.js';
import { checkInputs, exitCodeFor } from './check.js';
import { t } from './i18n.js';
import { UsageError, useColor, writeErr, writeOut } from './io.js';
import { settleOptions } from './options.js';

export function runResolve(file: string, raw: Record<string, unknown>): number {
  const opts = settleOptions(raw);
  const [checked] = checkInputs([file], opts);
  if (!checked) throw new UsageError(t(opts.lang, 'err.missing', { path: file }));
  const problems = checked.result.diagnostics.filter((d) => d.severity !== 'info');
  if (problems.length > 0 && !opts.quiet) {
    writeErr(formatStylish([checked.result], { lang: opts.lang, color: useColor(process.stderr), verbose: false, quiet: opts.quiet, command: 'resolve' }));
  }
  if (!checked.resolved) {
    writeErr(t(opts.lang, 'err.notResolved', { file: checked.result.file }));
    return 1;
  }
  writeOut(raw.json === true ? JSON.stringify(checked.resolved, null, 2) : stringify(checked.resolved, { lineWidth: 0 }));
  return exitCodeFor([checked], opts.strict);
}
