/** check/build/verify share one walker: globs expanded by the program, symlinked files and folders followed, loops cut. */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';

const work = mkdtempSync(join(tmpdir(), 'catalog-inputs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
mkdirSync(join(work, 'real'), { recursive: true });
mkdirSync(join(work, 'cat', 'sub'), { recursive: true });
copyFileSync(join(repoRoot, 'catalogues', 'weihui.yaml'), join(work, 'real', 'weihui.yaml'));
copyFileSync(join(repoRoot, 'catalogues', 'huixian.yaml'), join(work, 'huixian.yaml'));
symlinkSync('../real', join(work, 'cat', 'linked'));
symlinkSync('..', join(work, 'cat', 'sub', 'loop'));
symlinkSync('../huixian.yaml', join(work, 'cat', 'hx.yaml'));

describe('inputs', () => {
  it('check "catalogues/*.yaml" expands the glob itself (Windows shells pass it through)', () => {
    const r = runCli(['check', 'catalogues/*.yaml', '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    const files = (JSON.parse(r.stdout) as { files: { file: string }[] }).files.map((f) => f.file);
    expect(files).toEqual(['catalogues/fengqiu.yaml', 'catalogues/huixian.yaml', 'catalogues/weihui.yaml', 'catalogues/yuanyang.yaml']);
  });

  it('a glob matching nothing is one usage error (exit 2), in check and build alike', () => {
    for (const cmd of ['check', 'build']) {
      const r = runCli([cmd, 'catalogues/*.yml']);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe('没有文件与“catalogues/*.yml”匹配（通配符由程序展开，请加引号）\n');
    }
  });

  it('follows symlinked files and folders, walks a symlink loop once and reads each real file once', () => {
    const r = runCli(['check', 'cat', '--format', 'json'], work);
    expect(r.status, r.stderr).toBe(0);
    const files = (JSON.parse(r.stdout) as { files: { file: string }[] }).files.map((f) => f.file);
    expect(files).toEqual(['cat/hx.yaml', 'cat/linked/weihui.yaml']);
  });

  it('verify takes the same globs through the same walker', () => {
    const r = runCli(['verify', 'cat/**/*.yaml', '--format', 'json'], work);
    const files = (JSON.parse(r.stdout) as { files: { file: string }[] }).files.map((f) => f.file);
    expect(files).toEqual(['cat/hx.yaml', 'cat/linked/weihui.yaml']);
  });
});
