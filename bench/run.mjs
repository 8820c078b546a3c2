/**
 * `npm run bench [-- --check] [--runs N] [--only REGEX] [--keep]`: times the built CLI on generated
 * catalogues and filings against bare Node and LibreOffice; with --check, exits 1 when a budget is missed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { evaluateBudgets } from './budgets.mjs';
import { benchCases, COPIES, SIZES } from './cases.mjs';
import { writeCopies, writeFixtures } from './generate.mjs';
import { measureInterleaved } from './measure.mjs';
import { formatBudgets, formatHeader, formatTable, formatVerifyRate } from './report.mjs';

const SEED = 20201026;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** What the installed tool consists of at run time (node_modules is linked, not copied). */
const INSTALLED = ['bin', 'lib', 'schema', 'templates', 'catalogues', 'docs', 'package.json'];

const USAGE = `usage: npm run bench [-- [--check] [--runs N] [--only REGEX] [--keep]]
  --check       exit 1 when a budget is missed or a case fails
  --runs N      runs per case after the warm-up (default 5; the heavy cases 3)
  --only REGEX  measure only the cases whose id matches (the references always run)
  --keep        keep the generated fixtures folder
`;

let opts;
try {
  ({ values: opts } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      runs: { type: 'string' },
      only: { type: 'string' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (e) {
  process.stderr.write(`bench: ${e.message}\n${USAGE}`);
  process.exit(2);
}
if (opts.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}

/** The newest modification time below `dir` (files only). */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** `npm run build` when lib/ is missing or older than src/ or schema/. */
function ensureBuilt() {
  const marker = join(ROOT, 'lib', 'cli', 'main.js');
  const stale = !existsSync(marker) || Math.max(newest(join(ROOT, 'src')), newest(join(ROOT, 'schema'))) > statSync(marker).mtimeMs;
  if (!stale) return;
  process.stderr.write('lib/ is stale: npm run build …\n');
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0 && !existsSync(marker)) throw new Error('npm run build failed and there is no lib/ to measure');
  if (r.status !== 0) {
    // tsc fails on anyone's type error but still emits; the schema step after it must run all the same.
    process.stderr.write('warning: npm run build failed; measuring the lib/ that is there\n');
    spawnSync(process.execPath, [join(ROOT, 'scripts', 'compile-schemas.mjs')], { cwd: ROOT, stdio: 'inherit' });
  }
}

/** The commit measured, marked when the working tree has changes. */
function gitDescribe() {
  const r = spawnSync('git', ['describe', '--always', '--dirty'], { cwd: ROOT, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : 'unknown';
}

/**
 * A snapshot of the built tool: others may rebuild lib/ while the harness runs, and a process that loads
 * a half-written module fails. The snapshot is what is measured, so every case sees the same build.
 */
function snapshotTool(root) {
  const dir = join(root, 'tool');
  // Timestamps kept: bin/catalog.js uses lib/bundle/cli.cjs only when it is not older than lib/cli/main.js.
  for (const name of INSTALLED) cpSync(join(ROOT, name), join(dir, name), { recursive: true, preserveTimestamps: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Fixtures in a fresh temporary folder, and what the cases need to know. */
function setUp() {
  const runs = opts.runs ? Number(opts.runs) : 5;
  const root = mkdtempSync(join(tmpdir(), 'catalog-bench-'));
  const tool = snapshotTool(root);
  const bin = join(tool, 'bin', 'catalog.js');
  const files = writeFixtures(root, ROOT, SIZES, SEED);
  const copiesDir = writeCopies(root, files[34], COPIES);
  const meta = {
    date: new Date().toISOString(),
    node: process.version,
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? '?',
    platform: `${platform()} ${release()}`,
    loadavg: loadavg()
      .map((l) => l.toFixed(2))
      .join(' '),
    commit: gitDescribe(),
    seed: SEED,
    warmup: 1,
    runs,
    heavyWarmup: 1,
    heavyRuns: Math.max(1, Math.min(3, runs)),
  };
  const ctx = {
    root,
    packageRoot: tool,
    bin,
    files,
    copiesDir,
    warmup: meta.warmup,
    runs,
    heavyWarmup: meta.heavyWarmup,
    heavyRuns: meta.heavyRuns,
    // lib/app/ since the #17 layout, lib/cli/ before it (an older tool in an A/B run).
    hasVerify: ['app', 'cli'].some((dir) => existsSync(join(tool, 'lib', dir, 'verify.js'))),
    runCatalog: (args) => spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' }),
  };
  return { root, meta, ctx };
}

/**
 * Every case in order; a case with `interleave: ID` (bare node and LibreOffice with build.34, Typst with
 * build.notice) is measured in turns with case ID, so the ratio between them is not skewed by load that
 * changes between the two. When case ID is not measured (--only), the reference is measured on its own.
 */
async function measureAll(cases, root) {
  const results = {};
  const rssFile = join(root, 'rss.txt');
  const measured = new Set(cases.filter((c) => !c.skip).map((c) => c.id));
  const partnersOf = new Map();
  for (const c of cases.filter((x) => x.interleave && !x.skip && measured.has(x.interleave))) {
    partnersOf.set(c.interleave, [...(partnersOf.get(c.interleave) ?? []), c]);
  }
  for (const c of cases) {
    if (results[c.id]) continue;
    if (c.interleave && !c.skip && measured.has(c.interleave) && !results[c.interleave]) continue; // measured in turns with it
    process.stderr.write(`  measuring ${c.id} …\n`);
    const reason = c.skip ?? (await c.prepare?.());
    if (reason) {
      results[c.id] = { skipped: reason };
      continue;
    }
    const partners = [];
    for (const p of partnersOf.get(c.id) ?? []) {
      const why = p.skip ?? (await p.prepare?.());
      if (why) results[p.id] = { skipped: why };
      else partners.push(p);
    }
    if (partners.length > 0) process.stderr.write(`  measuring ${partners.map((p) => p.id).join(', ')} in turns with it …\n`);
    const all = [c, ...partners];
    const measuredNow = measureInterleaved(
      all.map((x) => ({ cmd: x.cmd, env: x.env })),
      { cwd: root, warmup: c.warmup, runs: c.runs, rssFile },
    );
    all.forEach((x, i) => {
      results[x.id] = measuredNow[i];
    });
  }
  return results;
}

/** With --check: the missed budgets and failed cases, and exit code 1 when there are any. */
function enforce(budgets, cases, results) {
  const missed = budgets.filter((b) => b.status === 'fail');
  const broken = cases.filter((c) => results[c.id]?.failed);
  if (missed.length === 0 && broken.length === 0) return;
  process.stdout.write(`\n${missed.length} budget(s) missed${broken.length ? `, ${broken.length} case(s) failed` : ''}:\n`);
  for (const b of missed) process.stdout.write(`  ✘ ${b.text}\n`);
  for (const c of broken) process.stdout.write(`  ✘ ${c.id}: ${results[c.id].failed}\n`);
  process.exitCode = 1;
}

async function main() {
  ensureBuilt();
  const { root, meta, ctx } = setUp();
  const only = opts.only ? new RegExp(opts.only) : undefined;
  const cases = benchCases(ctx).filter((c) => !only || only.test(c.id) || c.id.startsWith('ref.'));
  process.stdout.write(formatHeader(meta) + '\n');
  const results = await measureAll(cases, root);
  const budgets = evaluateBudgets(results);
  process.stdout.write(formatTable(cases, results) + '\n\n' + formatVerifyRate(results) + formatBudgets(budgets) + '\n');
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
  const json = { ...meta, cases: cases.map((c) => ({ id: c.id, label: c.label, ...results[c.id] })), budgets };
  writeFileSync(join(ROOT, 'bench', 'results', 'latest.json'), JSON.stringify(json, null, 2) + '\n');
  if (opts.keep) process.stdout.write(`fixtures kept in ${root}\n`);
  else rmSync(root, { recursive: true, force: true });
  if (opts.check) enforce(budgets, cases, results);
}

await main();
