/** Times whole processes: a warm-up, then several runs; median and spread of wall time, CPU time and peak RSS. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const HOOK = new URL('./rss-hook.mjs', import.meta.url).href;
const GNU_TIME = '/usr/bin/time';

export const hasCommand = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function summarize(values) {
  const known = values.filter((v) => typeof v === 'number');
  if (known.length === 0) return null;
  return { median: median(known), min: Math.min(...known), max: Math.max(...known), runs: known };
}

/** A node process with the RSS hook preloaded: `args` follow `node`. */
export function nodeCommand(args) {
  return { file: process.execPath, args: ['--import', HOOK, ...args], rss: 'hook' };
}

/** Any other program; its peak RSS comes from GNU time when that is installed. */
export function externalCommand(file, args) {
  return existsSync(GNU_TIME) ? { file: GNU_TIME, args: ['-f', '%M %U %S', '-o', null, file, ...args], rss: 'time' } : { file, args, rss: 'none' };
}

/** "KB user system" as the hook or GNU time wrote it (GNU time may put a status line first). */
function readUsage(path) {
  const [kb, user, sys] = readFileSync(path, 'utf8').trim().split('\n').pop().split(/\s+/).map(Number);
  return { rss: kb > 0 ? kb / 1024 : null, cpu: Number.isFinite(user + sys) ? user + sys : null };
}

/** One run: wall seconds, CPU seconds and peak RSS in MB (or null), exit status and the tail of stderr. */
function runOnce(cmd, { cwd, env, rssFile, before }) {
  before?.();
  rmSync(rssFile, { force: true });
  const innerFile = `${rssFile}.inner`;
  rmSync(innerFile, { force: true });
  const args = cmd.args.map((a) => (a === null ? rssFile : a));
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd.file, args, {
    cwd,
    env: { ...process.env, ...env, CATALOG_BENCH_RSS: rssFile, CATALOG_BENCH_INNER: innerFile, NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const usage = cmd.rss !== 'none' && existsSync(rssFile) ? readUsage(rssFile) : { rss: null, cpu: null };
  const lines = String(r.stderr ?? '')
    .trim()
    .split('\n');
  // The error's own line (a stack trace ends in frames and the Node version), then the last line.
  const stderr = [...new Set([lines.find((l) => /error/i.test(l)), lines.at(-1)].filter(Boolean))].join(' … ');
  // A case that times a part of itself (bench/warm.mjs) writes those seconds to CATALOG_BENCH_INNER.
  const inner = existsSync(innerFile) ? Number(readFileSync(innerFile, 'utf8')) : null;
  return { wall, inner, ...usage, status: r.status, error: r.error?.message, stderr };
}

/**
 * Measure `cmd` `runs` times after `warmup` unmeasured runs. A run that exits with a status other
 * than `expectStatus` makes the whole case fail (its stderr is kept for the report).
 */
export function measure(cmd, { cwd, env = {}, warmup = 1, runs = 5, expectStatus = 0, rssFile, before }) {
  return measureInterleaved([{ cmd, env, expectStatus, before }], { cwd, warmup, runs, rssFile })[0];
}

/**
 * Measure several commands in turns (warm-up of each, then A B A B …), so that figures compared as a
 * ratio saw the same machine: a load that comes or goes during the runs weighs on both alike.
 */
export function measureInterleaved(entries, { cwd, warmup = 1, runs = 5, rssFile }) {
  const state = entries.map(() => ({ results: [], failed: undefined }));
  const round = (keep) =>
    entries.forEach((e, i) => {
      if (state[i].failed) return;
      const r = runOnce(e.cmd, { cwd, env: e.env ?? {}, rssFile, before: e.before });
      if (r.status !== (e.expectStatus ?? 0)) state[i].failed = failure(r);
      else if (keep) state[i].results.push(r);
    });
  for (let i = 0; i < warmup; i++) round(false);
  for (let i = 0; i < runs; i++) round(true);
  return state.map(({ results, failed }) =>
    failed
      ? { failed }
      : {
          wall: summarize(results.map((r) => r.wall)),
          cpu: summarize(results.map((r) => r.cpu)),
          rss: summarize(results.map((r) => r.rss)),
          warmup,
          runs,
          ...(results.every((r) => typeof r.inner === 'number') && results.length > 0 ? { inner: summarize(results.map((r) => r.inner)) } : {}),
        },
  );
}

function failure(r) {
  return `exit ${r.status ?? 'signal'}${r.error ? ` (${r.error})` : ''}${r.stderr ? `: ${r.stderr}` : ''}`;
}
