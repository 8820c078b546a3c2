/** The CLI runs the office filing tests share: a Word 备案报告 built to forge, and `catalog verify --format json` over what the test made. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
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

/** `catalog build CATALOGUE --only filing,docx` into DIR/built at a fixed date: the bytes of the Word 备案报告 to forge. */
export function builtWordFiling(dir: string, catalogue: string): Uint8Array {
  const r = runCli(['build', catalogue, '--only', 'filing,docx', '--out', 'built'], dir, { SOURCE_DATE_EPOCH: '1764000000' });
  expect(r.status, r.stderr).toBe(0);
  return readFileSync(join(dir, 'built', `${basename(catalogue, '.yaml')}.filing.docx`));
}

/** Verify `bytes` alone, as DIR/NAME/FILE (`args` added to the command): its findings and the exit code. */
export function verifyAlone(
  dir: string,
  name: string,
  file: string,
  bytes: Uint8Array,
  args: readonly string[] = [],
): { diagnostics: VerifiedFile['diagnostics']; status: number } {
  mkdirSync(join(dir, name));
  writeFileSync(join(dir, name, file), bytes);
  const r = runCli(['verify', name, '--format', 'json', ...args], dir);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  return { diagnostics: (JSON.parse(r.stdout) as { files: VerifiedFile[] }).files[0]?.diagnostics ?? [], status: r.status };
}
