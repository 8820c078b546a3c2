/**
 * `node bench/ab.mjs OTHER_ROOT [--runs N] -- ARGS…`: the same catalog command from this checkout and from
 * OTHER_ROOT (e.g. a built copy of an earlier commit), measured in alternating turns: an A/B of one change.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadavg, tmpdir } from 'node:os';
import { measureInterleaved, nodeCommand } from './measure.mjs';

const argv = process.argv.slice(2);
const dash = argv.indexOf('--');
const [other, ...opts] = dash < 0 ? argv : argv.slice(0, dash);
const args = dash < 0 ? [] : argv.slice(dash + 1);
const runs = Number(opts[opts.indexOf('--runs') + 1] ?? 7) || 7;
if (!other || args.length === 0) {
  process.stderr.write('usage: node bench/ab.mjs OTHER_ROOT [--runs N] -- ARGS…\n');
  process.exit(2);
}
const here = fileURLToPath(new URL('..', import.meta.url));
const roots = [here, other];
const load = loadavg()
  .map((l) => l.toFixed(2))
  .join(' ');
const results = measureInterleaved(
  roots.map((r) => ({ cmd: nodeCommand([join(r, 'bin', 'catalog.js'), ...args]) })),
  { cwd: process.cwd(), warmup: 1, runs, rssFile: join(tmpdir(), `ab-rss-${process.pid}.txt`) },
);
process.stdout.write(
  `${args.join(' ')} — ${runs} runs in turns, load average ${load} → ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}\n`,
);
results.forEach((r, i) => {
  if (r.failed) return process.stdout.write(`${roots[i]}: FAILED ${r.failed}\n`);
  process.stdout.write(
    `${roots[i]}: wall ${r.wall.median.toFixed(3)} s (${r.wall.min.toFixed(3)}–${r.wall.max.toFixed(3)}), CPU ${r.cpu?.median.toFixed(3)} s, RSS ${r.rss?.median.toFixed(0)} MB\n`,
  );
});
const [a, b] = results;
if (a.wall && b.wall)
  process.stdout.write(`ratio this ÷ other: wall ${(a.wall.median / b.wall.median).toFixed(3)}, CPU ${(a.cpu.median / b.cpu.median).toFixed(3)}\n`);
