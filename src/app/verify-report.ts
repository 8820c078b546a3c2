/** `verify --report` and `--expect`: read the list of units, take the time (SOURCE_DATE_EPOCH when set), write the decision table. */
import { relative, resolve } from 'node:path';
import { parseExpectList, type ExpectedUnit } from '../filing/expect.js';
import type { ReportFormatter } from '../filing/report.js';
import type { FilingOutcome } from '../model/filing.js';
import type { Lang } from '../model/index.js';
import { UsageError, type AppFs, type AppHost } from './host.js';
import type { BaselineFile } from './verify-baseline.js';
import { vt, type VerifyTextId } from '../messages/verify.js';
import { shownPath } from '../util/shown-path.js';
import { writeAtomic } from './write.js';

/** The units of `--expect FILE`; a malformed list stops the run (exit 2) with its line. */
export function readExpectList(file: string, host: AppHost, lang: Lang): ExpectedUnit[] {
  const r = host.fs.read(resolve(host.cwd, file), 10 * 1024 * 1024);
  if (r.kind !== 'file') throw new UsageError(vt(lang, 'err.expectRead', { path: file }));
  const list = parseExpectList(r.bytes);
  if (!list.ok) throw new UsageError(vt(lang, `err.expect.${list.problem}` as VerifyTextId, { path: file, line: list.line, detail: list.detail }));
  return [...list.units];
}

/** The verification time: SOURCE_DATE_EPOCH (seconds) when set, for reproducible reports; else the clock. */
export function verificationTime(env: Readonly<Record<string, string | undefined>>, now: () => Date, lang: Lang): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '')
    return now()
      .toISOString()
      .replace(/\.\d+Z$/, 'Z');
  if (!/^\d+$/.test(epoch.trim())) throw new UsageError(vt(lang, 'err.epoch', { value: epoch }));
  return new Date(Number(epoch.trim()) * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
}

export interface ReportRequest {
  readonly file: string;
  readonly format: ReportFormatter;
  readonly cwd: string;
  readonly fs: AppFs;
  readonly lang: Lang;
  readonly quiet: boolean;
  readonly own: BaselineFile;
  readonly toolVersion: string;
  readonly time: string;
  readonly expected?: readonly ExpectedUnit[];
}

/** Write the report; returns the line that says where (empty under --quiet). */
export function writeReport(outcomes: readonly FilingOutcome[], req: ReportRequest): string {
  const path = resolve(req.cwd, req.file);
  const { own } = req;
  const baseline = { label: own.label, sha256: own.sha256, id: own.id, ...(own.version !== undefined ? { version: own.version } : {}) };
  const text = req.format(outcomes, {
    lang: req.lang,
    baseline,
    toolVersion: req.toolVersion,
    time: req.time,
    ...(req.expected ? { expected: req.expected } : {}),
  });
  writeAtomic(req.fs, path, text, { lang: req.lang, shown: shownPath(req.cwd, path) });
  return req.quiet ? '' : vt(req.lang, 'report', { path: relative(req.cwd, path) || req.file });
}
