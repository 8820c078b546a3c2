#!/usr/bin/env node
// Entry point: runs the built CLI and sets the exit code it returns (0 ok, 1 findings, 2 usage/internal).
import { main } from '../lib/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
