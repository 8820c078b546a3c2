// The one build (npm run build, prepack, prepare): tsc → lib/, precompiled schemas, converted fonts, yaml bundled, resolved baselines,
// the CLI bundled with its code caches (last: its training runs use all the rest).
// --clean empties lib/ first (prepack, so a tarball never ships a stale module); --prepare skips the build
// when npm is packing or publishing, because prepack has just built (npm runs both for `npm pack`).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = new Set(process.argv.slice(2));
const packing = ['pack', 'publish'].includes(process.env.npm_command ?? '');

if (!(args.has('--prepare') && packing)) {
  if (args.has('--clean')) rmSync(new URL('../lib', import.meta.url), { recursive: true, force: true });
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const run = (file, ...rest) => execFileSync(process.execPath, [file, ...rest], { cwd: root, stdio: 'inherit' });
  run(tsc, '-p', 'tsconfig.build.json');
  run('scripts/compile-schemas.mjs');
  run('scripts/convert-fonts.mjs');
  run('scripts/bundle-yaml.mjs');
  run('scripts/snapshot-baselines.mjs');
  run('scripts/bundle-cli.mjs');
}
