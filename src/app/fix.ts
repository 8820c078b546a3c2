/** `catalog fix FILES...`: apply the sure fixes in place (atomically, only files that change), or show them with --dry-run. */
import { basename, dirname, join } from 'node:path';
import { formatFixes, formatLineDiff, fx } from '../authoring/fix-report.js';
import { fixSource } from '../authoring/fix.js';
import { checkSource, type Checked } from '../check/check.js';
import { displayPath } from '../resolve/resolve.js';
import { FORMATTERS } from '../report/index.js';
import { exitCodeFor, formatContext, requireBaseline } from './check.js';
import { expandInputs } from './files.js';
import { t } from '../messages/cli.js';
import { UsageError, type AppFs, type AppHost } from './host.js';
import { settleOptions, type RawOptions } from './options.js';
import { collect, type AppResult } from './output.js';

/** `catalog fix FILES...`: apply the safe fixes in place (or show them with --dry-run), then report what is left. */
export function fix(inputs: readonly string[], raw: RawOptions, host: AppHost): Promise<AppResult> {
  return collect((o) => {
    const { code, text } = runFix(inputs, raw, host);
    o.out(text);
    return code;
  });
}

function runFix(inputs: readonly string[], raw: RawOptions, host: AppHost): { code: number; text: string } {
  const opts = settleOptions(raw);
  const dryRun = raw.dryRun === true || raw.check === true;
  requireBaseline(opts, host);
  const checkOpts = { lang: opts.lang, ...(opts.baseline ? { baselineOverride: opts.baseline } : {}) };
  const out: string[] = [];
  const after: Checked[] = [];
  let files = 0;
  let count = 0;
  let refused = 0;
  for (const path of expandInputs(inputs, host.cwd, opts.lang)) {
    const r = host.readFile(path);
    if (r.kind !== 'file') throw new UsageError(t(opts.lang, 'err.missing', { path }));
    const file = displayPath(path, host);
    const result = fixSource(file, r.bytes);
    if (result.kind === 'refused') {
      refused += 1;
      out.push(fx(opts.lang, result.findings.length > 0 ? 'refused' : 'notUtf8', { file }), '');
      after.push(checkSource(path, r.bytes, host, checkOpts));
      continue;
    }
    if (result.fixes.length > 0) {
      files += 1;
      count += result.fixes.length;
      out.push(formatFixes(opts.lang, file, result.fixes, dryRun));
      if (dryRun) out.push(formatLineDiff(file, result.before, result.text));
      else if (result.bytes !== r.bytes) writeInPlace(host.fs, path, result.bytes, opts.lang);
      out.push('');
    }
    after.push(checkSource(path, result.bytes, host, checkOpts));
  }
  const key = count === 0 ? 'summary.none' : dryRun ? 'summary.wouldFix' : 'summary.fixed';
  // A refused file is not "nothing to fix": the findings below say what to correct.
  if (count > 0 || refused === 0) out.push(fx(opts.lang, key, { files: count === 0 ? after.length : files, count }));
  else out.pop();
  const left = after.filter((c) => c.result.diagnostics.some((d) => d.severity === 'error' || (d.severity === 'warning' && !opts.quiet)));
  if (left.length > 0) {
    const stylish = FORMATTERS.stylish;
    if (stylish)
      out.push(
        '',
        fx(opts.lang, 'remaining'),
        stylish(
          left.map((c) => c.result),
          formatContext(opts, 'fix', host),
        ).trimEnd(),
      );
  }
  return { code: exitCodeFor(after, opts.strict), text: out.join('\n') };
}

/** Write beside the file and rename over it (the real file, through a symbolic link), keeping its permissions. */
function writeInPlace(fs: AppFs, path: string, bytes: Uint8Array, lang: 'zh' | 'en'): void {
  const real = fs.realpath(path);
  const tmp = join(dirname(real), `.${basename(real)}.${process.pid}.fix.tmp`);
  try {
    fs.writeFile(tmp, bytes, { exclusive: true });
    fs.chmod(tmp, modeOf(fs, real) & 0o7777);
    fs.rename(tmp, real);
  } catch (e) {
    fs.remove(tmp);
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new UsageError(t(lang, 'err.unwritable', { path, reason }));
  }
}

/** A file's mode; a file gone since its path was resolved fails as stat(2) would. */
function modeOf(fs: AppFs, path: string): number {
  const st = fs.stat(path);
  if (!st) throw Object.assign(new Error(`ENOENT: no such file or directory, stat '${path}'`), { code: 'ENOENT' });
  return st.mode;
}
