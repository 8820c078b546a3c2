/** `catalog verify FILINGS...`: check filings in parallel as the bureau does; print the findings and write the summary table. */
import { availableParallelism } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import type { UnitRow } from '../filing/decision.js';
import type { FilingOutcome } from '../model/filing.js';
import type { Lang } from '../model/index.js';
import { sortOutcomes } from '../filing/order.js';
import { shippedCataloguesDir, toolVersion } from '../util/paths.js';
import { FORMAT_NAMES, FORMATTERS } from '../report/index.js';
import { exitCodeFor, formatContext, writeGithubSummary } from './check.js';
import { UsageError, type AppFs, type AppHost } from './host.js';
import { collect, type AppResult, type Output } from './output.js';
import { readBureau } from './verify-baseline.js';
import { readExpectList, verificationTime, writeReport } from './verify-report.js';
import { settleOptions, type CommonOptions, type RawOptions } from './options.js';
import { expandFilings } from './verify-inputs.js';
import { vt } from '../messages/verify.js';

const DEFAULT_BASELINE = join(shippedCataloguesDir, 'xinxiang', '2020.yaml');
const DEFAULT_MAX_SIZE = '50MB';
const DEFAULT_TIMEOUT = 60;

/**
 * One worker per core but one: the main thread reads, reports and draws the progress bar, and each worker
 * holds its own fonts (~120 MB), so on a 2-core machine one worker keeps verify under 300 MB (measured:
 * 100 filings in ~8 s at ~285 MB with one worker, ~6 s at ~445 MB with two).
 */
function defaultJobs(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** `--max-size`: a number with an optional unit (B, KB, MB, GB; a bare number is MB). */
function parseSize(value: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|m|mb|g|gb)?\s*$/i.exec(value);
  if (!m) return undefined;
  const unit = (m[2] ?? 'mb').toLowerCase()[0] ?? 'm';
  const factor: Record<string, number> = { b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
  const bytes = Math.round(Number(m[1]) * (factor[unit] ?? 1));
  return bytes > 0 ? bytes : undefined;
}

interface VerifySettings {
  readonly opts: CommonOptions;
  readonly jobs: number;
  readonly timeoutSeconds: number;
  readonly maxBytes: number;
  readonly report?: string;
  readonly expect?: string;
  readonly fontsDir?: string;
}

function settle(raw: RawOptions, fs: AppFs): VerifySettings {
  const opts = settleOptions(raw, FORMAT_NAMES);
  const { lang } = opts;
  const jobsText = String(raw.jobs ?? defaultJobs());
  const jobs = Number(jobsText);
  if (!/^\d+$/.test(jobsText.trim()) || jobs < 1 || jobs > 64) throw new UsageError(vt(lang, 'err.jobs', { value: jobsText }));
  const timeoutText = String(raw.timeout ?? DEFAULT_TIMEOUT);
  const timeoutSeconds = Number(timeoutText);
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) throw new UsageError(vt(lang, 'err.timeout', { value: timeoutText }));
  const sizeText = String(raw.maxSize ?? DEFAULT_MAX_SIZE);
  const maxBytes = parseSize(sizeText);
  if (maxBytes === undefined) throw new UsageError(vt(lang, 'err.maxSize', { value: sizeText }));
  const report = typeof raw.report === 'string' ? raw.report : undefined;
  const expect = typeof raw.expect === 'string' ? raw.expect : undefined;
  const fontsDir = typeof raw.fonts === 'string' ? trustedFontsDir(fs, raw.fonts, opts.lang) : undefined;
  return {
    opts,
    jobs,
    timeoutSeconds,
    maxBytes,
    ...(fontsDir !== undefined ? { fontsDir } : {}),
    ...(report !== undefined ? { report } : {}),
    ...(expect !== undefined ? { expect } : {}),
  };
}

/** `--fonts DIR`: an existing folder, as an absolute path (workers resolve nothing). */
function trustedFontsDir(fs: AppFs, value: string, lang: Lang): string {
  const dir = resolve(value);
  try {
    fs.readDir(dir);
  } catch {
    throw new UsageError(vt(lang, 'err.fonts', { path: value }));
  }
  return dir;
}

/** A one-line progress bar in the host's status line (on a terminal only). */
function progressBar(
  lang: Lang,
  status: ((line: string | undefined) => void) | undefined,
): { tick: (done: number, total: number, file: string) => void; clear: () => void } {
  if (!status) return { tick: () => {}, clear: () => {} };
  const width = 24;
  return {
    tick: (done, total, file) => {
      const full = Math.round((done / total) * width);
      const bar = `[${'#'.repeat(full)}${'-'.repeat(width - full)}]`;
      status(vt(lang, 'progress', { bar, n: done, total, file: basename(file) }));
    },
    clear: () => status(undefined),
  };
}

function summaryLine(outcomes: readonly FilingOutcome[], lang: Lang): string {
  const verified = outcomes.filter((o) => o.result.integrity !== 'skipped');
  const n = (s: string): number => verified.filter((o) => o.result.status === s).length;
  const skipped = outcomes.length - verified.length;
  return (
    vt(lang, 'summary', { total: verified.length, ok: n('ok'), warning: n('warning'), error: n('error') }) +
    (skipped > 0 ? vt(lang, 'skipped', { n: skipped }) : '')
  );
}

/** With `--expect`: how many listed units filed, and which did not, filed twice or filed under another unit's id. */
function unitsLine(units: readonly UnitRow[], lang: Lang): string {
  const listed = units.filter((u) => u.state === 'filed' || u.state === 'duplicate' || u.state === 'mismatch' || u.state === 'missing');
  const named = (state: UnitRow['state']): string =>
    units
      .filter((u) => u.state === state)
      .map((u) => vt(lang, 'unitName', { region: u.region, id: u.id }))
      .join(vt(lang, 'unitSep'));
  const part = (state: UnitRow['state'], id: 'unitsMissing' | 'unitsDuplicate' | 'unitsMismatch'): string => {
    const names = named(state);
    return names === '' ? '' : vt(lang, id, { n: units.filter((u) => u.state === state).length, names });
  };
  return (
    vt(lang, 'units', { total: listed.length, filed: listed.filter((u) => u.state !== 'missing').length }) +
    part('missing', 'unitsMissing') +
    part('duplicate', 'unitsDuplicate') +
    part('mismatch', 'unitsMismatch')
  );
}

/** `catalog verify FILINGS...`: every filing checked in worker threads; findings, a summary line, and the report file. */
export function verify(inputs: readonly string[], raw: RawOptions, host: AppHost): Promise<AppResult> {
  return collect((o) => runVerify(o, inputs, raw, host));
}

async function runVerify(o: Output, inputs: readonly string[], raw: RawOptions, host: AppHost): Promise<number> {
  const s = settle(raw, host.fs);
  const { opts } = s;
  const { cwd } = host;
  const { reportFormatFor } = await import('../filing/report.js');
  const reportFormat = s.report === undefined ? undefined : reportFormatFor(s.report);
  if (s.report !== undefined && !reportFormat) throw new UsageError(vt(opts.lang, 'err.report', { value: s.report }));
  const bureau = readBureau(opts.baseline ?? DEFAULT_BASELINE, host, opts.lang);
  const baseline = bureau.root;
  const expected = s.expect === undefined ? undefined : readExpectList(s.expect, host, opts.lang);
  const time = verificationTime(host.env, () => host.now(), opts.lang);
  const paths = expandFilings(inputs, cwd, opts.lang);
  const { runPool } = await import('../filing/pool.js');
  const progress = progressBar(opts.lang, opts.quiet ? undefined : host.status);
  const version = toolVersion();
  const jobs = paths.map((path) => ({ path, file: relative(cwd, path).split('\\').join('/') }));
  const { pairCompanions } = await import('../filing/companion.js');
  // A 印发通知 beside the 备案报告 whose printed table it shares is judged with the report's declarations (companion.ts).
  const outcomes = pairCompanions(
    sortOutcomes(
      await runPool(jobs, {
        jobs: s.jobs,
        timeoutSeconds: s.timeoutSeconds,
        config: {
          lang: opts.lang,
          cwd,
          baselinePath: baseline.path,
          baselineBytes: baseline.bytes,
          baselineSha256: baseline.sha256,
          toolVersion: version,
          maxBytes: s.maxBytes,
          debug: opts.debug,
          scope: bureau.scope,
          ...(s.fontsDir !== undefined ? { fontsDir: s.fontsDir } : {}),
        },
        onSettled: (done, total, job) => progress.tick(done, total, job.file),
      }),
    ),
    opts.lang,
  );
  progress.clear();
  // With the list, the decision's own findings (a filing under another unit's id, a duplicate whose content
  // differs) are errors like any other: printed with the filing and counted in the exit code, not only in the report.
  const { decideUnits } = await import('../filing/decision.js');
  const units = expected ? decideUnits(outcomes, expected, opts.lang) : [];
  const decided = new Map(units.flatMap((u) => (u.outcome ? [[u.outcome.result.file, u.outcome.result] as const] : [])));
  const results = outcomes.map((o) => decided.get(o.result.file) ?? o.result);
  const ctx = formatContext(opts, 'verify', host);
  o.out(FORMATTERS[opts.format]?.(results, ctx) ?? '');
  writeGithubSummary(opts.format, results, ctx, host);
  if (!opts.quiet) {
    const lines = [summaryLine(outcomes, opts.lang), ...(expected ? [unitsLine(units, opts.lang)] : [])];
    for (const line of lines) {
      if (opts.format === 'stylish') o.out(line);
      else o.err(line);
    }
  }
  if (s.report !== undefined && reportFormat) {
    const where = writeReport(outcomes, {
      file: s.report,
      format: reportFormat,
      cwd,
      fs: host.fs,
      lang: opts.lang,
      quiet: opts.quiet,
      own: bureau.own,
      toolVersion: version,
      time,
      ...(expected ? { expected } : {}),
    });
    if (where !== '') o.err(where);
  }
  const code = exitCodeFor(
    results.map((result) => ({ result })),
    opts.strict,
  );
  // A listed unit that has not filed is not a finding of any file; with --strict it fails the run like a warning.
  return code === 0 && opts.strict && units.some((u) => u.state === 'missing') ? 1 : code;
}
