/** Start-up failures and a bad --baseline are one line and exit 2 in every command, never 1 (CI reads 1 as findings). */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bin, runCli } from '../helpers/cli.js';

const work = mkdtempSync(join(tmpdir(), 'catalog-startup-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('start-up', () => {
  it('a missing lib/ exits 2 with one line saying the installation is incomplete', () => {
    mkdirSync(join(work, 'bin'));
    copyFileSync(bin, join(work, 'bin', 'catalog.js'));
    for (const [lang, words] of [
      ['zh', 'catalog 无法运行：'],
      ['en', 'catalog could not run: '],
    ] as const) {
      const r = spawnSync(process.execPath, [join(work, 'bin', 'catalog.js'), 'check', '--lang', lang], { encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr.startsWith(words), r.stderr).toBe(true);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('--baseline naming a missing file is one usage error (exit 2) in check, build, verify and diff alike', () => {
    const inputs: Record<string, string[]> = {
      check: ['catalogues'],
      build: ['catalogues', '-o', join(work, 'out')],
      verify: ['catalogues/weihui.yaml'],
      diff: ['catalogues/weihui.yaml', 'catalogues/huixian.yaml'],
    };
    for (const [cmd, args] of Object.entries(inputs)) {
      const r = runCli([cmd, ...args, '--baseline', 'catalogues/xinxiang/2024.yaml']);
      expect(r.status, cmd).toBe(2);
      expect(r.stdout, cmd).toBe('');
      expect(r.stderr, cmd).toBe('无法读取基准目录“catalogues/xinxiang/2024.yaml”\n');
    }
  });
});
