/** modified-baseline: a local catalogues/xinxiang/2020.yaml edited away from the shipped one is named, and the rules use the shipped one. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../../helpers/cli.js';

const work = mkdtempSync(join(tmpdir(), 'catalog-modbase-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const shipped = readFileSync(join(repoRoot, 'catalogues', 'xinxiang', '2020.yaml'), 'utf8');
const county = `id: yanjin
kind: county
region: 延津县
title: 延津县义务教育领域基层政务公开标准目录
issuer: 延津县教育局
extends: xinxiang@2020
categories:
  - id: enrollment
    items:
      - id: enrollment.plan
        timeLimit: 信息形成或者变更之日起60个工作日内
`;

/** A folder with the county file and a local baseline copy made by `edit`. */
function folder(name: string, edit: (text: string) => string): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'catalogues', 'xinxiang'), { recursive: true });
  writeFileSync(join(dir, 'catalogues', 'xinxiang', '2020.yaml'), edit(shipped));
  writeFileSync(join(dir, 'catalogues', 'yanjin.yaml'), county);
  return dir;
}

describe('modified-baseline', () => {
  it('a local copy edited to a longer time limit: a warning naming the difference, and the county still fails against the shipped one', () => {
    const dir = folder('longer', (t) =>
      t.replace(/(- id: enrollment\.plan[\s\S]*?timeLimit: )信息形成或者变更之日起20个工作日内/, '$1信息形成或者变更之日起60个工作日内'),
    );
    const r = runCli(['check', 'catalogues/yanjin.yaml'], dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(`catalogues/yanjin.yaml
  6:10   警告  本地的基准目录“catalogues/xinxiang/2020.yaml”与本工具自带的“xinxiang@2020”不同：enrollment.plan 的公开时限：信息形成或者变更之日起20个工作日内 → 信息形成或者变更之日起60个工作日内。检查已按自带的版本进行（与市教育局核验时相同）；请删除本地副本，或换成自带的版本  modified-baseline
  11:20  错误  事项“招生计划”（enrollment.plan）的公开时限“信息形成或者变更之日起60个工作日内”比基准目录的“信息形成或者变更之日起20个工作日内”更长。时限只能缩短，不能延长  extended-time-limit

✖ 已检查 1 个文件：1 个错误，1 个警告
`);
    const en = runCli(['check', 'catalogues/yanjin.yaml', '--lang', 'en'], dir);
    expect(en.stdout).toContain(
      'The local baseline "catalogues/xinxiang/2020.yaml" differs from the "xinxiang@2020" shipped with the tool: time limit of enrollment.plan: 信息形成或者变更之日起20个工作日内 → 信息形成或者变更之日起60个工作日内. The check used the shipped one',
    );
  });

  it('names a removed basis entry first, and counts the rest', () => {
    const dir = folder('removed', (t) =>
      t
        .replace(
          '\n          - 《教育部关于推进中小学信息公开工作的意见》\n        timeLimit: 信息形成或者变更之日起20个工作日内\n        subject: 县级教育行政部门',
          '\n        timeLimit: 信息形成或者变更之日起20个工作日内\n        subject: 县级教育行政部门',
        )
        .replace(/timeLimit: 信息形成或者变更之日起20个工作日内/g, 'timeLimit: 信息形成或者变更之日起25个工作日内'),
    );
    const r = runCli(['check', 'catalogues/yanjin.yaml', '--format', 'json'], dir);
    const messages = (JSON.parse(r.stdout) as { files: { diagnostics: { rule: string; message: string }[] }[] }).files[0]?.diagnostics
      .filter((d) => d.rule === 'modified-baseline')
      .map((d) => d.message);
    expect(messages).toHaveLength(1);
    expect(messages?.[0]).toContain('：enrollment.schools 的公开依据：−《教育部关于推进中小学信息公开工作的意见》；');
    expect(messages?.[0]).toMatch(/；另有 \d+ 处。检查已按自带的版本进行/);
    expect(r.status).toBe(1);
  });

  it('a byte-identical copy, or one differing only in comments, is quiet', () => {
    const same = runCli(
      ['check', 'catalogues/yanjin.yaml'],
      folder('same', (t) => t),
    );
    const comments = runCli(
      ['check', 'catalogues/yanjin.yaml'],
      folder('comments', (t) => `# 本地副本\n${t}`),
    );
    for (const r of [same, comments]) expect(r.stdout).not.toContain('modified-baseline');
    cpSync(join(repoRoot, 'catalogues'), join(work, 'repo-copy', 'catalogues'), { recursive: true });
    expect(runCli(['check'], join(work, 'repo-copy')).stdout).not.toContain('modified-baseline');
  });
  it('(round 8, attack 83) --baseline naming a doctored copy of xinxiang@2020 is held to the shipped one, like a local copy', () => {
    const dir = folder('override', (t) => t);
    writeFileSync(
      join(dir, 'doctored.yaml'),
      shipped.replace(/(- id: enrollment\.plan[\s\S]*?timeLimit: )信息形成或者变更之日起20个工作日内/, '$1信息形成或者变更之日起60个工作日内'),
    );
    const r = runCli(['check', '--baseline', 'doctored.yaml', 'catalogues/yanjin.yaml'], dir);
    expect(r.stdout).toContain('extended-time-limit');
    expect(r.stdout).toContain(
      '--baseline 指定的基准目录“doctored.yaml”与本工具自带的“xinxiang@2020”不同：enrollment.plan 的公开时限：信息形成或者变更之日起20个工作日内 → 信息形成或者变更之日起60个工作日内。',
    );
    expect(r.status).toBe(1);
    const en = runCli(['check', '--baseline', 'doctored.yaml', 'catalogues/yanjin.yaml', '--lang', 'en'], dir);
    expect(en.stdout).toContain('The baseline "doctored.yaml" named by --baseline differs from the "xinxiang@2020" shipped with the tool');
    // The shipped file itself, or a byte-identical copy, named by --baseline: quiet as before.
    writeFileSync(join(dir, 'same.yaml'), shipped);
    for (const file of ['same.yaml', join(repoRoot, 'catalogues', 'xinxiang', '2020.yaml')]) {
      const quiet = runCli(['check', '--baseline', file, 'catalogues/yanjin.yaml'], dir);
      expect(quiet.stdout).not.toContain('modified-baseline');
      expect(quiet.stdout).toContain('extended-time-limit');
    }
  });
});
