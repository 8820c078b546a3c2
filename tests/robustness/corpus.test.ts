/** Hostile and broken sources through the real CLI: a diagnostic or a one-line error, in seconds, never a stack trace. */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, ftruncateSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSource } from '../../src/check/check.js';
import { fsHost } from '../../src/app/host.js';
import { repoRoot, runCli, type RunResult } from '../helpers/cli.js';
import { CASES, HELPERS, type CorpusCase } from './cases.js';
import { writeGenerated } from './generated.js';

const corpusDir = join(repoRoot, 'tests', 'robustness', 'corpus');
const LIMIT_MS = 10_000;
/** A small heap turns runaway memory into a failed run rather than a swapping machine. */
const BOUNDED = { NODE_OPTIONS: '--max-old-space-size=256' };
const STACK = /\n\s+at /;
const has = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

interface JsonDiagnostic {
  rule: string;
  severity: string;
  message: string;
  line: number;
  column: number;
}
interface JsonReport {
  files: { diagnostics: JsonDiagnostic[]; counts: unknown }[];
}

let scratch = '';
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'catalog-corpus-'));
  writeGenerated(scratch);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function timedCheck(path: string): RunResult & { ms: number } {
  const start = Date.now();
  const r = runCli(['check', path, '--format', 'json'], repoRoot, BOUNDED, LIMIT_MS);
  return { ...r, ms: Date.now() - start };
}

const pathOf = (c: CorpusCase): string => (c.generated ? join(scratch, c.file) : join('tests', 'robustness', 'corpus', c.file));

describe('catalog check on the hostile corpus', () => {
  it('has a case for every file in corpus/', () => {
    const files = readdirSync(corpusDir)
      .filter((f) => !f.startsWith('.') && !HELPERS.includes(f))
      .sort();
    expect(files).toEqual(
      CASES.filter((c) => !c.generated)
        .map((c) => c.file)
        .sort(),
    );
  });

  it.each(CASES.map((c) => [c.file, c] as const))('%s', (_, c) => {
    const r = timedCheck(pathOf(c));
    expect(r.status, r.stderr).toBe(c.exit);
    expect(r.ms).toBeLessThan(LIMIT_MS);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr, 'nothing on stderr (no library warnings)').toBe('');
    const report = (JSON.parse(r.stdout) as JsonReport).files[0];
    const diagnostics = report?.diagnostics ?? [];
    // A lookalike id is refused by the schema: never resolved into a new item beside the real one.
    if (c.kind === 'lookalike ids') expect(report?.counts).toBeNull();
    for (const d of diagnostics) {
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.column).toBeGreaterThanOrEqual(1);
    }
    const problems = diagnostics.filter((d) => d.severity !== 'info');
    if (!c.rule) {
      expect(problems).toEqual([]);
      return;
    }
    const severity = c.exit === 1 ? 'error' : 'warning';
    const found = problems.find((d) => d.rule === c.rule && d.severity === severity && c.message?.test(d.message) !== false);
    expect(found, problems.map((d) => `${d.rule}: ${d.message}`).join('\n')).toBeDefined();
  });
});

describe('what reaches the terminal', () => {
  it('shows control characters, escape sequences and bidi marks from a catalogue as \\uXXXX, never raw', () => {
    const r = runCli(['check', 'tests/robustness/corpus/control-chars.yaml'], repoRoot, BOUNDED, LIMIT_MS);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('网站\\u001b[2J\\u001b[31m红色\\u0007\\u202e');
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  });
});

describe('catalog check on inputs that are not catalogue files', () => {
  const oneLine = (r: RunResult, message: RegExp): void => {
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  };

  it.skipIf(!existsSync('/dev/zero'))('refuses a device without reading it (/dev/zero never ends)', () => {
    oneLine(timedCheck('/dev/zero'), /“\/dev\/zero”不是普通文件/);
  });

  it('refuses a file over 32 MB without reading it', () => {
    const path = join(scratch, 'sparse.yaml');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 40 * 1024 * 1024);
    closeSync(fd);
    oneLine(timedCheck(path), /超过 32 MB，不是目录文件，未读取/);
  });

  it('refuses a missing file', () => {
    oneLine(timedCheck(join(scratch, 'missing.yaml')), /找不到文件/);
  });

  if (!has('mkfifo')) console.warn('skipping the FIFO case: mkfifo not installed');
  it.skipIf(!has('mkfifo'))('refuses a named pipe that nobody writes to, instead of waiting for ever', () => {
    const path = join(scratch, 'pipe.yaml');
    spawnSync('mkfifo', [path]);
    oneLine(timedCheck(path), /不是普通文件/);
  });
});

describe('deep nesting, checked in-process (the stack of a test worker, not of the CLI)', () => {
  it.each(CASES.filter((c) => c.file.endsWith('-deep.yaml')).map((c) => c.file))('%s gives tooDeep, no throw', (file) => {
    const abs = join(scratch, file);
    const checked = checkSource(abs, readFileSync(abs), fsHost(repoRoot), { lang: 'en' });
    expect(checked.result.diagnostics.map((d) => [d.rule, d.message])).toContainEqual(['yaml-syntax', 'Nesting is too deep; the file is refused']);
  });
});

describe('prototype names in the data, checked in-process', () => {
  const files = CASES.filter((c) => c.kind === 'prototype names').map((c) => c.file);

  it.each(files)('%s leaves Object.prototype alone', (file) => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const abs = join(corpusDir, file);
    const checked = checkSource(abs, readFileSync(abs), fsHost(repoRoot), { lang: 'zh' });
    expect(checked.result.diagnostics.length).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(Object.getPrototypeOf(checked.loaded.data)).toBe(Object.prototype);
  });
});
