import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, repoRoot } from '../helpers/cli.js';

/** A fresh working folder; with `withSchema`, it has schema/catalogue.schema.json like a catalogue project. */
const made: string[] = [];
function workspace(withSchema: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'catalog-init-'));
  made.push(dir);
  if (withSchema) {
    mkdirSync(join(dir, 'schema'));
    copyFileSync(join(repoRoot, 'schema', 'catalogue.schema.json'), join(dir, 'schema', 'catalogue.schema.json'));
  }
  return dir;
}
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** The file named by the `$schema` modeline on a file's first line, resolved from the file's folder. */
function schemaTarget(file: string): string {
  const first = readFileSync(file, 'utf8').split('\n')[0] ?? '';
  const ref = /^# yaml-language-server: \$schema=(.+)$/.exec(first)?.[1] ?? '';
  return ref.startsWith('file:') ? new URL(ref).pathname : resolve(dirname(file), ref);
}

const COUNTY = ['init', '--region', '卫辉市', '--id', 'weihui'];
const SCHOOL = ['init', '--kind', 'school', '--region', '卫辉市实验学校', '--id', 'weihui-shiyan', '--extends', 'catalogues/weihui.yaml'];

describe.each([false, true])('catalog init (full: %s) → catalog check exits 0', (full) => {
  const dir = workspace(true);
  const flags = full ? ['--full'] : [];

  it('a county catalogue extending xinxiang@2020', () => {
    const r = runCli([...COUNTY, ...flags], dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('已生成 catalogues/weihui.yaml');
    const file = join(dir, 'catalogues', 'weihui.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/catalogue.schema.json');
    expect(text).toMatch(/^issuer: 卫辉市教育局$/m);
    expect(text).toMatch(/^title: 卫辉市义务教育领域基层政务公开标准目录$/m);
    expect(text).toMatch(/^extends: xinxiang@2020$/m);
    expect(text.includes('      - id: teachers.mandarin')).toBe(full);
    const check = runCli(['check', '--strict', 'catalogues/weihui.yaml'], dir);
    expect(check.status, check.stdout).toBe(0);
  });

  it('a school catalogue extending that county file (given relative to the working folder)', () => {
    const r = runCli([...SCHOOL, ...flags], dir);
    expect(r.status, r.stderr).toBe(0);
    const file = join(dir, 'catalogues', 'schools', 'weihui-shiyan.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schema/catalogue.schema.json');
    expect(text).toMatch(/^extends: \.\.\/weihui\.yaml$/m);
    expect(text).toMatch(/^issuer: 卫辉市实验学校$/m);
    expect(text).toMatch(/^title: 卫辉市实验学校校务公开标准目录$/m);
    const check = runCli(['check', '--strict', '--verbose', 'catalogues'], dir);
    expect(check.status, check.stdout).toBe(0);
    expect(check.stdout).toContain('已检查 2 个文件');
    expect(check.stdout).not.toMatch(/提示|警告|错误/);
  });
});

describe('catalog init: the commented example', () => {
  it.each([
    ['county', COUNTY],
    ['school', SCHOOL],
  ])('uncommented, the %s example checks without errors or warnings', (kind, args) => {
    const dir = workspace(true);
    if (kind === 'school') expect(runCli(COUNTY, dir).status).toBe(0);
    expect(runCli(args, dir).status).toBe(0);
    const file = join(dir, 'catalogues', ...(kind === 'school' ? ['schools', 'weihui-shiyan.yaml'] : ['weihui.yaml']));
    const lines = readFileSync(file, 'utf8').split('\n');
    const start = lines.indexOf('# categories:');
    expect(start).toBeGreaterThan(0);
    const uncommented = [...lines.slice(0, start), ...lines.slice(start).map((l) => l.replace(/^# ?/, ''))];
    writeFileSync(file, uncommented.join('\n'));
    const check = runCli(['check', '--strict', file], dir);
    expect(check.status, check.stdout).toBe(0);
  });
});

describe('catalog init --full: the commented example at the end', () => {
  it('uncommented, the new category checks without errors or warnings', () => {
    const dir = workspace(false);
    expect(runCli([...COUNTY, '--full'], dir).status).toBe(0);
    const file = join(dir, 'catalogues', 'weihui.yaml');
    const lines = readFileSync(file, 'utf8').split('\n');
    const start = lines.findIndex((l) => l.startsWith('  # 新增一级事项的例子'));
    expect(start).toBeGreaterThan(0);
    writeFileSync(file, [...lines.slice(0, start + 1), ...lines.slice(start + 1).map((l) => l.replace(/^ {2}# /, '  '))].join('\n'));
    const check = runCli(['check', '--strict', '--format', 'json', file], dir);
    expect(check.status, check.stdout).toBe(0);
    expect(JSON.parse(check.stdout).files[0].counts).toEqual({ categories: 11, items: 35, added: 1 });
  });
});

describe('catalog init: refusals and defaults', () => {
  it('refuses to overwrite without --force (exit 2, file untouched), and overwrites with it', () => {
    const dir = workspace(false);
    expect(runCli(COUNTY, dir).status).toBe(0);
    const file = join(dir, 'catalogues', 'weihui.yaml');
    writeFileSync(file, '# 本单位已改过的文件\n');
    const again = runCli(COUNTY, dir);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('已经存在');
    expect(again.stderr).toContain('--force');
    expect(readFileSync(file, 'utf8')).toBe('# 本单位已改过的文件\n');
    const forced = runCli([...COUNTY, '--force'], dir);
    expect(forced.status).toBe(0);
    expect(forced.stdout).toContain('已覆盖');
    expect(readFileSync(file, 'utf8')).toMatch(/^id: weihui$/m);
  });

  it('without a project schema, the $schema line points at the installed package’s schema', () => {
    const dir = workspace(false);
    expect(runCli([...COUNTY, '-o', 'mine/weihui.yaml'], dir).status).toBe(0);
    const target = schemaTarget(join(dir, 'mine', 'weihui.yaml'));
    expect(target).toBe(join(repoRoot, 'schema', 'catalogue.schema.json'));
    expect(existsSync(target)).toBe(true);
    expect(runCli(['check', 'mine/weihui.yaml'], dir).status).toBe(0);
  });

  it('not on a terminal, missing values are a usage error naming the flags', () => {
    const dir = workspace(false);
    const county = runCli(['init', '--region', '卫辉市'], dir);
    expect(county.status).toBe(2);
    expect(county.stderr).toContain('--id');
    const school = runCli(['init', '--kind', 'school', '--id', 'x'], dir);
    expect(school.status).toBe(2);
    expect(school.stderr).toContain('--region、--extends');
    const en = runCli(['init', '--lang', 'en'], dir);
    expect(en.stderr).toContain('Missing --region, --id');
    expect(existsSync(join(dir, 'catalogues'))).toBe(false);
  });

  it('rejects a bad id, a bad kind, a non-YAML output and a baseline that cannot be found (exit 2, one line)', () => {
    const dir = workspace(false);
    for (const args of [
      ['init', '--region', '卫辉市', '--id', 'Wei_hui'],
      ['init', '--region', '卫辉市', '--id', 'weihui', '--kind', 'city'],
      ['init', '--region', '卫辉市', '--id', 'weihui', '-o', 'weihui.txt'],
      ['init', '--region', '卫辉市', '--id', 'weihui', '--extends', 'xinxiang@1999'],
      ['init', '--kind', 'school', '--region', '一中', '--id', 'yizhong', '--extends', '../nothere.yaml'],
    ]) {
      const r = runCli(args, dir);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
    expect(existsSync(join(dir, 'catalogues'))).toBe(false);
  });

  it('accepts the Chinese kind 学校 and custom issuer and title', () => {
    const dir = workspace(false);
    expect(runCli(COUNTY, dir).status).toBe(0);
    const r = runCli(
      [
        'init',
        '--kind',
        '学校',
        '--region',
        '卫辉市第一中学',
        '--id',
        'weihui-yizhong',
        '--extends',
        'catalogues/weihui.yaml',
        '--issuer',
        '卫辉市第一中学校长办公室',
        '--title',
        '卫辉市第一中学校务公开目录',
      ],
      dir,
    );
    expect(r.status, r.stderr).toBe(0);
    const text = readFileSync(join(dir, 'catalogues', 'schools', 'weihui-yizhong.yaml'), 'utf8');
    expect(text).toMatch(/^kind: school$/m);
    expect(text).toMatch(/^issuer: 卫辉市第一中学校长办公室$/m);
    expect(text).toMatch(/^title: 卫辉市第一中学校务公开目录$/m);
  });

  it('--help in Chinese and English', () => {
    expect(runCli(['init', '--help']).stdout).toContain('--full');
    expect(runCli(['init', '--help', '--lang', 'en']).stdout).toContain('restate every item');
  });
});
