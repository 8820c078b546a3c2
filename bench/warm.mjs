/**
 * `node bench/warm.mjs [PACKAGE_ROOT] [--out FILE]`: warm use through the library API (issue 18.3). One process
 * builds weihui (all outputs), then fengqiu's notice PDF, and reports how long that second build took, in ms
 * (and, for the harness, in seconds to the file CATALOG_BENCH_INNER names); then huixian's and yuanyang's.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const argv = process.argv.slice(2);
const outAt = argv.indexOf('--out');
const out = outAt >= 0 ? argv.splice(outAt, 2)[1] : undefined;
const root = resolve(argv[0] ?? new URL('..', import.meta.url).pathname);
const { build } = await import(pathToFileURL(join(root, 'lib', 'index.js')).href);

async function one(name, only) {
  const path = join(root, 'catalogues', `${name}.yaml`);
  const r = await build(path, readFileSync(path), only ? { only } : {});
  if (!r.ok || r.files.length === 0) throw new Error(`${name}: the build failed`);
}

await one('weihui');
const rounds = [];
for (const name of ['fengqiu', 'huixian', 'yuanyang']) {
  const start = process.hrtime.bigint();
  await one(name, 'notice,pdf');
  rounds.push(Number(process.hrtime.bigint() - start) / 1e6);
}
const text = `${JSON.stringify({ secondMs: rounds[0], laterMs: rounds.slice(1) })}\n`;
if (out) writeFileSync(out, text);
if (process.env.CATALOG_BENCH_INNER) writeFileSync(process.env.CATALOG_BENCH_INNER, String(rounds[0] / 1000));
process.stdout.write(text);
