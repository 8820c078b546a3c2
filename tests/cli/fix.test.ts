/** `catalog fix` as a user runs it: in place on a copy, permissions kept, untouched files not rewritten, `check` clean after. */
import { chmodSync, copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';

const fixtures = join(repoRoot, 'tests', 'fixtures', 'rules', 'halfwidth-punctuation');
const work = mkdtempSync(join(tmpdir(), 'catalog-fix-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('catalog fix', () => {
  it('fixes a copy in place, keeps its permissions, leaves no temporary file, and check is then clean of the rule', () => {
    const file = join(work, 'slips.yaml');
    copyFileSync(join(fixtures, 'slips.yaml'), file);
    chmodSync(file, 0o640);
    const before = runCli(['check', 'slips.yaml', '--format', 'json'], work);
    expect(before.stdout).toContain('halfwidth-punctuation');
    const r = runCli(['fix', 'slips.yaml'], work);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('slips.yaml：已修正 11 处');
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(join(fixtures, 'slips.fixed.yaml'), 'utf8'));
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(work)).toEqual(['slips.yaml']);
    const after = runCli(['check', 'slips.yaml', '--format', 'json'], work);
    expect(after.stdout).not.toContain('halfwidth-punctuation');
    expect(after.status).toBe(0);
  });

  it('does not write a file that needs no fix, and --dry-run writes nothing', () => {
    const clean = join(work, 'clean.yaml');
    const sloppy = join(work, 'sloppy.yaml');
    copyFileSync(join(fixtures, 'slips.fixed.yaml'), clean);
    copyFileSync(join(fixtures, 'slips.yaml'), sloppy);
    const stamp = (p: string): string => {
      const s = statSync(p);
      return `${s.ino}:${s.mtimeMs}`;
    };
    const [c0, s0] = [stamp(clean), stamp(sloppy)];
    const dry = runCli(['fix', 'clean.yaml', 'sloppy.yaml', '--check'], work);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('+          - 招生结果（不含个人隐私信息）');
    expect([stamp(clean), stamp(sloppy)]).toEqual([c0, s0]);
    expect(runCli(['fix', 'clean.yaml'], work).stdout).toContain('没有需要自动修正的地方');
    expect(stamp(clean)).toBe(c0);
  });

  it('exits 1 when errors remain after fixing, and 2 for a missing file, without a stack trace', () => {
    const broken = join(work, 'removed.yaml');
    copyFileSync(join(fixtures, 'slips.yaml'), broken);
    const text = readFileSync(broken, 'utf8').replace('          - 咨询及监督举报电话\n', '');
    writeFileSync(broken, text);
    const r = runCli(['fix', 'removed.yaml', '--lang', 'en'], work);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('removed.yaml: fixed 11 problem(s)');
    expect(r.stdout).toContain('removed-content');
    const missing = runCli(['fix', 'nowhere.yaml'], work);
    expect(missing.status).toBe(2);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });
});
