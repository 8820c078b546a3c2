/** `catalog resolve FILE [--json]`: print the resolved catalogue; findings go to stderr. */
import { stringify } from '../vendor/yaml.js';
import { formatStylish } from '../report/stylish.js';
import { checkInputs, exitCodeFor } from './check.js';
import { t } from '../messages/cli.js';
import { UsageError, type AppHost } from './host.js';
import { settleOptions, type RawOptions } from './options.js';
import { collect, type AppResult, type Output } from './output.js';

/** `catalog resolve FILE`: the catalogue with its baseline overlaid, as YAML (or JSON). */
export function resolve(file: string, raw: RawOptions, host: AppHost): Promise<AppResult> {
  return collect((o) => runResolve(o, file, raw, host));
}

function runResolve(o: Output, file: string, raw: RawOptions, host: AppHost): number {
  const opts = settleOptions(raw);
  const [checked] = checkInputs([file], opts, host);
  if (!checked) throw new UsageError(t(opts.lang, 'err.missing', { path: file }));
  const problems = checked.result.diagnostics.filter((d) => d.severity !== 'info');
  if (problems.length > 0 && !opts.quiet) {
    o.err(formatStylish([checked.result], { lang: opts.lang, color: host.color.err, verbose: false, quiet: opts.quiet, command: 'resolve' }));
  }
  if (!checked.resolved) {
    o.err(t(opts.lang, 'err.notResolved', { file: checked.result.file }));
    return 1;
  }
  o.out(raw.json === true ? JSON.stringify(checked.resolved, null, 2) : stringify(checked.resolved, { lineWidth: 0 }));
  return exitCodeFor([checked], opts.strict);
}
