#!/usr/bin/env node
// Entry point: runs the built CLI and sets the exit code it returns (0 ok, 1 findings, 2 usage/internal).
import { setFlagsFromString } from 'node:v8';

// A build lasts about a second: V8's default tier-up sends hundreds of functions to the optimizing
// compiler, which kept the second core busy for ~0.5 s of CPU and left none for the DOCX worker. An 8×
// larger budget optimizes only what is really hot (figures in bench/README.md). `verify` of a whole
// city runs for seconds on every core and is ~3 % faster with the default.
const command = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
if (command !== 'verify') setFlagsFromString('--interrupt-budget=1048576');

// An install without the compiled lib/ must not exit 1 like a run with findings: CI takes 1 as "report written".
let main;
try {
  ({ main } = await import('../lib/cli/main.js'));
} catch (error) {
  process.stderr.write(`catalog: 无法载入编译后的程序（lib/）：${error?.message ?? error}\n`
    + 'catalog: cannot load the compiled program (lib/). Reinstall the package; in a clone run npm ci or npm run build.\n');
  process.exit(2);
}
process.exitCode = await main(process.argv.slice(2));
