#!/usr/bin/env node
// Entry point: runs the built CLI and sets the exit code it returns (0 ok, 1 findings, 2 usage/internal).
import { setFlagsFromString } from 'node:v8';

// A run lasts a second or a few: V8's default tier-up sends hundreds of functions to the optimizing
// compiler, which kept the second core busy for ~0.5 s CPU and left none for the DOCX worker. An 8×
// larger budget optimizes only what is really hot (bench/README.md has the figures).
setFlagsFromString('--interrupt-budget=1048576');

const { main } = await import('../lib/cli/main.js');
process.exitCode = await main(process.argv.slice(2));
