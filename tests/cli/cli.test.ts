import { describe, expect, it } from 'vitest';
import { CODES } from '../../src/validate/registry.js';
import { runCli } from '../helpers/cli.js';

describe('catalog CLI', () => {
  it('check with no files checks every catalogue under ./catalogues and exits 0', () => {
    const r = runCli(['check']);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/已检查 6 个文件/);
  });

  it('resolve --json of the baseline shows 10 categories and 34 items, valid against resolved.schema.json', async () => {
    const r = runCli(['resolve', 'catalogues/xinxiang/2020.yaml', '--json']);
    expect(r.status).toBe(0);
    const c = JSON.parse(r.stdout) as { categories: { items: unknown[] }[] };
    expect(c.categories).toHaveLength(10);
    expect(c.categories.reduce((n, x) => n + x.items.length, 0)).toBe(34);
    const { schemaValidator } = await import('../../src/validate/schema.js');
    expect(schemaValidator('resolved')(c)).toBe(true);
  });

  it('resolve prints YAML by default', () => {
    const r = runCli(['resolve', 'catalogues/weihui.yaml']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^id: weihui$/m);
    expect(r.stdout).toMatch(/sha256: [0-9a-f]{64}/);
  });

  it.each(['check', 'resolve', 'explain'])('%s --help prints usage in Chinese, and in English with --lang en', (cmd) => {
    const zh = runCli([cmd, '--help']);
    expect(zh.status).toBe(0);
    expect(zh.stdout).toContain('用法：');
    const en = runCli([cmd, '--help', '--lang', 'en']);
    expect(en.stdout).toContain('Usage:');
  });

  it('explain prints every rule page in zh and en, and lists the rules without an argument', () => {
    for (const rule of CODES) {
      const zh = runCli(['explain', rule.id]);
      expect(zh.status, rule.id).toBe(0);
      expect(zh.stdout).toMatch(new RegExp(`^# ${rule.id}`));
      expect(zh.stdout).not.toContain('<!-- en -->');
      const en = runCli(['explain', rule.id, '--lang', 'en']);
      expect(en.stdout).toMatch(new RegExp(`^# ${rule.id}`));
      expect(en.stdout).not.toBe(zh.stdout);
    }
    const list = runCli(['explain']);
    for (const rule of CODES) expect(list.stdout).toContain(rule.id);
  }, 300_000); // two processes per rule: slow on a busy machine

  it('usage errors exit 2 with one line and no stack trace', () => {
    for (const args of [['check', '--format', 'xml'], ['bogus'], ['check', 'missing.yaml'], ['check', '--lang', 'fr']]) {
      const r = runCli(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('--version prints the package version', () => {
    expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
