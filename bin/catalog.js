#!/usr/bin/env node
// Entry point: runs the built CLI and sets the exit code it returns (0 ok, 1 findings, 2 usage/internal).
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

// Commands that never load fontkit skip its set-up (a module and two package look-ups at every start).
const noFonts = command === undefined || ['check', 'explain', 'resolve'].includes(command);

try {
  // fontkit's WOFF2 decoder is loaded only if a WOFF2 font is ever read (never, by the tool): see lazy-brotli.ts.
  if (!noFonts) (await import('../lib/render/fonts/lazy-brotli.js')).deferBrotli();
  const { main } = await import('../lib/cli/main.js');
  process.exitCode = await main(args);
} catch (error) {
  crash(error);
}
