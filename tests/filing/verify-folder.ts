/** `catalog verify . --format json` over a folder of files made in the test: one shared set-up for the office filing tests. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { runCli } from '../helpers/cli.js';

/** One file of verify's JSON report. */
export interface VerifiedFile {
  file: string;
  status?: string;
  diagnostics: { rule: string; severity: string; line: number; message: string }[];
}

/** Write `files` (name → bytes) to a new temporary folder, verify it, and return the report's files (no stack trace allowed). */
export function verifyFolder(prefix: string, files: Readonly<Record<string, Uint8Array>>): VerifiedFile[] {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  const r = runCli(['verify', '.', '--format', 'json'], dir, {}, 120_000);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  return (JSON.parse(r.stdout) as { files: VerifiedFile[] }).files;
}

/** The findings of `rule` on `file` of a report. */
export function findingsOf(files: readonly VerifiedFile[], file: string, rule: string): VerifiedFile['diagnostics'] {
  return (files.find((f) => f.file === file)?.diagnostics ?? []).filter((d) => d.rule === rule);
}
