/** Run the built CLI (bin/catalog.js) as a user would: a child process, in a given folder. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(fileURLToPath(import.meta.url), '..', '..', '..');
export const bin = join(repoRoot, 'bin', 'catalog.js');

export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number;
}

/** `timeout` (ms) kills the child; a killed run has status -1. */
export function runCli(args: readonly string[], cwd: string = repoRoot, env: Record<string, string> = {}, timeout = 60_000): RunResult {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    timeout,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status ?? -1 };
}
