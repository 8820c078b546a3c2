/** `catalog diff OLD NEW`: what NEW adds, changes and removes against OLD, both resolved; writes nothing. */
import { resolve } from 'node:path';
import { DIFF_FORMATTERS } from '../diff/format.js';
import { diffCatalogues } from '../diff/diff.js';
import { tr } from '../messages/authoring.js';
import { checkSource, type Checked } from '../check/check.js';
import { requireBaseline } from './check.js';
import { formatStylish } from '../report/stylish.js';
import { t } from '../messages/cli.js';
import { UsageError, type AppHost } from './host.js';
import { settleOptions, type CommonOptions, type RawOptions } from './options.js';
import { collect, type AppResult, type Output } from './output.js';

const DIFF_FORMATS = ['text', 'markdown', 'json'] as const;

/** Read and check one side; unreadable input is a usage error (exit 2). */
function checkSide(path: string, opts: CommonOptions, host: AppHost): Checked {
  const abs = resolve(host.cwd, path);
  const r = host.fs.read(abs);
  if (r.kind === 'directory') throw new UsageError(tr(opts.lang, 'diff.notFile', { path }));
  if (r.kind === 'missing') throw new UsageError(t(opts.lang, 'err.missing', { path }));
  if (r.kind === 'unreadable') throw new UsageError(t(opts.lang, 'err.unreadable', { path, reason: r.reason }));
  return checkSource(abs, r.bytes, host, { lang: opts.lang, ...(opts.baseline ? { baselineOverride: opts.baseline } : {}) });
}

/** `catalog diff OLD NEW`: what NEW adds, changes and removes against OLD. */
export function diff(oldPath: string, newPath: string, raw: RawOptions, host: AppHost): Promise<AppResult> {
  return collect((o) => runDiff(o, oldPath, newPath, raw, host));
}

function runDiff(o: Output, oldPath: string, newPath: string, raw: RawOptions, host: AppHost): number {
  const opts = settleOptions({ ...raw, format: raw.format ?? 'text' }, DIFF_FORMATS);
  requireBaseline(opts, host);
  const sides = [checkSide(oldPath, opts, host), checkSide(newPath, opts, host)] as const;
  const unresolved = sides.filter((c) => !c.resolved);
  if (unresolved.length > 0) {
    const ctx = { lang: opts.lang, color: host.color.err, verbose: false, quiet: true, command: 'diff' };
    o.err(
      formatStylish(
        unresolved.map((c) => c.result),
        ctx,
      ),
    );
    for (const c of unresolved) o.err(tr(opts.lang, 'diff.notResolved', { file: c.result.file }));
    return 1;
  }
  if (!opts.quiet) {
    for (const c of sides) {
      const n = c.result.diagnostics.filter((d) => d.severity === 'error').length;
      if (n > 0) o.err(tr(opts.lang, 'diff.hasErrors', { file: c.result.file, n }));
    }
  }
  const [a, b] = sides;
  if (!a.resolved || !b.resolved) return 1;
  const changes = diffCatalogues(a.resolved, b.resolved, a.result.file, b.result.file);
  const format = DIFF_FORMATTERS[opts.format];
  if (!format) throw new UsageError(tr(opts.lang, 'diff.badFormat', { format: opts.format }));
  o.out(format(changes, { lang: opts.lang, color: host.color.out }));
  return 0;
}
