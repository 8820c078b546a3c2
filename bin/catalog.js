#!/usr/bin/env node
// Entry point: runs the built CLI and sets the exit code it returns (0 ok, 1 findings, 2 usage/internal).
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

// Anything that escapes the CLI (a missing lib/, a failed import, an uncaught error) exits 2 with one
// line, never Node's default 1, which CI would read as "findings".
const args = process.argv.slice(2);
const en = args.some((arg, i) => arg === '--lang=en' || (arg === '--lang' && args[i + 1] === 'en'));
function crash(error) {
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  process.stderr.write(
    args.includes('--debug') && error instanceof Error
      ? `${error.stack}\n`
      : en
        ? `catalog could not run: ${detail} (is the installation complete? reinstall, or run npm run build)\n`
        : `catalog 无法运行：${detail}（安装可能不完整：请重新安装，或运行 npm run build）\n`,
  );
  process.exitCode = 2;
}
process.on('uncaughtException', (error) => {
  crash(error);
  process.exit(2);
});
process.on('unhandledRejection', (error) => {
  crash(error);
  process.exit(2);
});

// A build lasts about a second: V8's default tier-up sends hundreds of functions to the optimizing
// compiler, which kept the second core busy for ~0.5 s of CPU and left none for the DOCX worker. An 8×
// larger budget optimizes only what is really hot (figures in bench/README.md). `verify` of a whole
// city runs for seconds on every core and is ~3 % faster with the default.
const command = args.find((arg) => !arg.startsWith('-'));
if (command !== 'verify') setFlagsFromString('--interrupt-budget=1048576');

// The command that renders documents in this thread (verify rebuilds filings in its workers' own bundle).
const renders = command === 'build';

// Commands that never load fontkit skip its set-up (a module and two package look-ups at every start).
const noFonts = command === undefined || ['check', 'explain', 'resolve'].includes(command);

/**
 * The CLI bundled into one CommonJS file by scripts/bundle-cli.mjs (npm run build), compiled with the V8 code
 * cache made there, by ./load-cached.cjs (which the build's DOCX/HTML worker starts with too). Undefined (lib/
 * loaded module by module) without a bundle, when lib/cli/main.js is newer than it (a tsc run since the build:
 * the bundle would be stale), or with CATALOG_NO_BUNDLE set.
 * CATALOG_CODE_CACHE_OUT (the build's training run) names the file to write the cache to at exit.
 */
function loadBundle() {
  // --version and --help load little (lib/cli/main.js, commander): the bundle and its cache would cost more.
  if (process.env.CATALOG_NO_BUNDLE || command === undefined) return undefined;
  const file = fileURLToPath(new URL('../lib/bundle/cli.cjs', import.meta.url));
  try {
    if (statSync(file).mtimeMs < statSync(new URL('../lib/cli/main.js', import.meta.url)).mtimeMs) return undefined;
  } catch {
    return undefined;
  }
  const { loadCached } = createRequire(import.meta.url)('./load-cached.cjs');
  const cacheOut = process.env.CATALOG_CODE_CACHE_OUT;
  // Three caches, each made by the build's training run of its command: a build's holds pdfkit, fontkit and
  // the renderers, which a check would only spend time deserialising; verify's main thread runs without the
  // interrupt budget above, and V8 accepts a cache only with the flags it was made with.
  const kind = renders ? 'build' : command === 'verify' ? 'verify' : 'check';
  return loadCached(file, cacheOut ? undefined : `${file}.${kind}.cache`, (writeCache) => {
    if (cacheOut) process.once('exit', () => writeCache(cacheOut));
  });
}

try {
  const bundle = loadBundle();
  // fontkit's WOFF2 decoder is loaded only if a WOFF2 font is ever read (never, by the tool): see lazy-brotli.ts.
  if (!noFonts) (bundle ?? (await import('../lib/render/fonts/lazy-brotli.js'))).deferBrotli();
  const { main } = bundle ?? (await import('../lib/cli/main.js'));
  process.exitCode = await main(args);
} catch (error) {
  crash(error);
}
