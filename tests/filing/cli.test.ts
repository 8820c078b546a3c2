/** `catalog verify` as a user runs it: usage errors exit 2; time and size limits; every output format; English. */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { repoRoot, tempDir } from './helpers.js';

const dir = tempDir();

beforeAll(() => {
  const r = runCli(['build', '--only', 'filing,pdf', '-o', join(dir, 'in'), 'catalogues/huixian.yaml']);
  if (r.status !== 0) throw new Error(r.stderr);
  copyFileSync(join(repoRoot, 'catalogues', 'weihui.yaml'), join(dir, 'in', 'weihui.yaml'));
  mkdirSync(join(dir, 'empty'), { recursive: true });
}, 120_000);

describe('catalog verify: usage', () => {
  it.each([
    [['verify'], /缺少参数/],
    [['verify', 'nowhere.pdf'], /找不到“nowhere.pdf”/],
    [['verify', 'empty'], /“empty”中没有 \.pdf、\.yaml、\.docx 或 \.xlsx 文件/],
    [['verify', 'in/*.ofd'], /没有文件与“in\/\*\.ofd”匹配/],
    [['verify', 'in', '--jobs', '0'], /--jobs 应为 1 到 64 之间的整数/],
    [['verify', 'in', '--timeout', 'soon'], /--timeout 应为正数/],
    [['verify', 'in', '--max-size', 'big'], /--max-size 应为大小/],
    [['verify', 'in', '--report', 'summary.xlsx'], /--report 只能写 \.html、\.md 或 \.csv 文件/],
    [['verify', 'in', '--baseline', 'in/weihui.yaml'], /不是市级基准目录/],
    [['verify', 'in', '--format', 'xml'], /不支持的输出格式“xml”/],
  ])('%j exits 2 with a one-line message', (args, message) => {
    const r = runCli(args, dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });
});

describe('catalog verify: limits', () => {
  it('reports each filing that runs out of time, replaces its worker and carries on', () => {
    const r = runCli(['verify', 'in', '--jobs', '1', '--timeout', '0.001', '--format', 'json'], dir);
    expect(r.status).toBe(1);
    const files = (JSON.parse(r.stdout) as { files: { file: string; integrity: string; diagnostics: { rule: string; message: string }[] }[] }).files;
    expect(files.map((f) => [f.file, f.integrity, f.diagnostics.map((d) => d.rule)])).toEqual([
      ['in/huixian.filing.pdf', 'failed', ['missing-source']],
      ['in/weihui.yaml', 'failed', ['missing-source']],
    ]);
    expect(files[0]?.diagnostics[0]?.message).toContain('核验超过 0.001 秒未完成');
  });

  it('refuses a filing over --max-size unread and verifies the rest', () => {
    const r = runCli(['verify', 'in', '--max-size', '100KB'], dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/in\/huixian\.filing\.pdf\n {2}1:1 {2}错误 {2}文件有 0\.\d MB，超过上限 0\.1 MB，未读取/);
    expect(r.stdout).toContain('已核验 2 份备案：通过 1 份，有警告 0 份，有错误 1 份');
  });
});

describe('catalog verify: output', () => {
  it('passes good filings with exit 0 and prints the summary in stylish', () => {
    const r = runCli(['verify', 'in'], dir);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('已核验 2 份备案：通过 2 份');
    expect(r.stderr).toBe('');
  });

  it('adds integrity and status to each file in --format json', () => {
    const r = runCli(['verify', 'in', '--format', 'json'], dir);
    const json = JSON.parse(r.stdout) as { files: Record<string, unknown>[] };
    expect(json.files.map((f) => [f.file, f.integrity, f.status, Object.keys(f).join(',')])).toEqual([
      ['in/huixian.filing.pdf', 'ok', 'ok', 'file,catalogue,kind,ok,counts,diagnostics,integrity,status'],
      ['in/weihui.yaml', 'source', 'ok', 'file,catalogue,kind,ok,counts,diagnostics,integrity,status'],
    ]);
  });

  it.each(['sarif', 'github', 'gitlab', 'junit'])('speaks %s, keeping stdout for the format', (format) => {
    const r = runCli(['verify', 'in', '--format', format], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('已核验');
    expect(r.stderr).toContain('已核验 2 份备案');
  });

  it('speaks English with --lang en and writes the report atomically', () => {
    const r = runCli(['verify', 'in', '--lang', 'en', '--report', 'out/summary.md'], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Verified 2 filing(s): 2 passed, 0 with warnings, 0 with errors');
    expect(r.stderr).toContain('Summary table written to out/summary.md');
    expect(readFileSync(join(dir, 'out', 'summary.md'), 'utf8')).toMatch(/^# Verification summary of the filed disclosure catalogues\n/);
  });

  it('counts warnings as failures with --strict', () => {
    writeFileSync(join(dir, 'fengqiu.yaml'), readFileSync(join(repoRoot, 'catalogues', 'fengqiu.yaml')));
    expect(runCli(['verify', 'fengqiu.yaml'], dir).status).toBe(0);
    expect(runCli(['verify', 'fengqiu.yaml', '--strict'], dir).status).toBe(1);
  });
});
