/** Hostile filings through the real `catalog verify`: each a finding for that filing, in seconds, never a crash; one never stops the others. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli, type RunResult } from '../helpers/cli.js';
import { CASES } from './cases.js';
import { writeHostileFilings, type HostileFiling } from './hostile-pdf.js';

const hasVerify = existsSync(join(repoRoot, 'src', 'app', 'verify.ts'));
if (!hasVerify) console.warn('skipping the verify corpus: src/app/verify.ts does not exist yet');

const LIMIT_MS = 20_000;
const BOUNDED = { NODE_OPTIONS: '--max-old-space-size=256' };
const STACK = /\n\s+at /;

interface JsonDiagnostic {
  rule: string;
  severity: string;
  message: string;
}
interface JsonFiling {
  file: string;
  status?: string;
  diagnostics: JsonDiagnostic[];
}

let work = '';
let cases: HostileFiling[] = [];

function verify(args: readonly string[]): RunResult & { ms: number; filings: JsonFiling[] } {
  const start = Date.now();
  const r = runCli(['verify', ...args, '--format', 'json', '--jobs', '2'], repoRoot, BOUNDED, LIMIT_MS);
  const filings = r.status === 0 || r.status === 1 ? (JSON.parse(r.stdout) as { files: JsonFiling[] }).files : [];
  return { ...r, ms: Date.now() - start, filings };
}

describe.skipIf(!hasVerify)('catalog verify on hostile filings', () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'catalog-verify-corpus-'));
    const built = runCli(['build', 'catalogues/weihui.yaml', '-o', join(work, 'good'), '--only', 'filing,pdf']);
    expect(built.status, built.stderr).toBe(0);
    mkdirSync(join(work, 'hostile'));
    const good = readFileSync(join(work, 'good', 'weihui.filing.pdf'));
    cases = await writeHostileFilings(join(work, 'hostile'), good, readFileSync(join(repoRoot, 'catalogues', 'weihui.yaml')));
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('passes the good filing the hostile ones start from', () => {
    const r = verify([join(work, 'good', 'weihui.filing.pdf')]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.filings[0]?.status).toBe('ok');
  });

  const NAMES = ['truncated', 'zero-byte', 'not-pdf', 'zip-renamed', 'encrypted', 'huge', 'over-max-size', 'yaml-bomb', 'attachment-100mb'];

  it.each(NAMES)('%s.pdf: an error finding for the filing, exit 1', (name) => {
    const c = cases.find((x) => x.file === `${name}.pdf`);
    expect(c).toBeDefined();
    if (!c) return;
    const r = verify([join(work, 'hostile', c.file), ...(c.args ?? [])]);
    expect(r.status, r.stderr).toBe(1);
    expect(r.ms).toBeLessThan(LIMIT_MS);
    expect(r.stderr).not.toMatch(STACK);
    const diagnostics = r.filings[0]?.diagnostics ?? [];
    expect(r.filings[0]?.status).toBe('error');
    const found = diagnostics.find((d) => d.rule === c.rule && d.severity === 'error' && c.message.test(d.message));
    expect(found, diagnostics.map((d) => `${d.rule}: ${d.message}`).join('\n')).toBeDefined();
  });

  it('stops a filing that runs over --timeout and reports it', () => {
    const r = verify([join(work, 'good', 'weihui.filing.pdf'), '--timeout', '0.01']);
    expect(r.status).toBe(1);
    expect(r.filings[0]?.diagnostics.map((d) => d.message).join('\n')).toMatch(/核验超过 0\.01 秒未完成/);
  });

  it('checks every filing of a batch, however broken the others are', () => {
    const r = verify([join(work, 'hostile'), join(work, 'good', 'weihui.filing.pdf')]);
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.filings).toHaveLength(readdirSync(join(work, 'hostile')).length + 1);
    expect(r.filings.filter((f) => f.status === 'ok')).toHaveLength(2);
  });

  it('takes the hostile catalogue sources of the check corpus as YAML filings', () => {
    const files = CASES.filter((c) => !c.generated && c.file.endsWith('.yaml')).map((c) => join('tests', 'robustness', 'corpus', c.file));
    const r = verify(files);
    expect([0, 1]).toContain(r.status);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.filings).toHaveLength(files.length);
  });
});
