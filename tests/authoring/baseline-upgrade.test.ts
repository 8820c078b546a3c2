import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { repoRoot, runCli } from '../helpers/cli.js';

/*
 * When a new baseline version comes out, `catalog check --baseline catalogues/xinxiang/2024.yaml catalogues`
 * shows who now falls short. The 2024 baseline here is the 2020 one with one more item and one more channel
 * on enrollment.plan: a county that restates that item's channel list in full (辉县) now lacks the channel;
 * the others inherit it, and the new item, without touching their files.
 */

interface JsonReport {
  files: { file: string; diagnostics: { rule: string; severity: string; target?: string; message: string }[] }[];
}

let dir = '';

/** The 2020 baseline with version 2024, a new item under students and 两微一端 added to enrollment.plan. */
function baseline2024(text2020: string): string {
  const doc = parseDocument(text2020);
  doc.set('version', '2024');
  doc.setIn(['declared', 'items'], 35);
  const categories = doc.get('categories') as YAMLSeq<YAMLMap>;
  const byId = (seq: YAMLSeq<YAMLMap>, id: string): YAMLMap => seq.items.find((m) => m.get('id') === id) as YAMLMap;
  const enrollment = byId(categories, 'enrollment').get('items') as YAMLSeq<YAMLMap>;
  (byId(enrollment, 'enrollment.plan').get('channel') as YAMLSeq).add('两微一端');
  (byId(categories, 'students').get('items') as YAMLSeq).add(
    doc.createNode({
      id: 'students.health',
      name: '学生健康体检',
      content: ['体检项目', '体检结果告知方式'],
      basis: ['《中华人民共和国政府信息公开条例》'],
      timeLimit: '信息形成或者变更之日起20个工作日内',
      subject: '县级教育行政部门',
      channel: ['政府网站'],
      audience: ['特定群体'],
      method: ['主动'],
      level: ['县级'],
    }),
  );
  return doc.toString();
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'catalog-baseline-'));
  cpSync(join(repoRoot, 'catalogues'), join(dir, 'catalogues'), { recursive: true });
  writeFileSync(join(dir, 'catalogues', 'xinxiang', '2024.yaml'), baseline2024(readFileSync(join(repoRoot, 'catalogues', 'xinxiang', '2020.yaml'), 'utf8')));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('catalog check --baseline NEW: who falls short of a new baseline', () => {
  it('today every example checks clean against the 2020 baseline', () => {
    expect(runCli(['check', 'catalogues'], dir).status).toBe(0);
  });

  it('against 2024, only the county restating enrollment.plan’s channels in full gets removed-channel', () => {
    const r = runCli(['check', '--baseline', 'catalogues/xinxiang/2024.yaml', '--format', 'json', 'catalogues'], dir);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    const errors = report.files.flatMap((f) =>
      f.diagnostics.filter((d) => d.severity === 'error').map((d) => ({ file: f.file, rule: d.rule, target: d.target })),
    );
    expect(errors).toEqual([{ file: 'catalogues/huixian.yaml', rule: 'removed-channel', target: 'enrollment.plan#channel' }]);
    const huixian = report.files.find((f) => f.file === 'catalogues/huixian.yaml');
    expect(huixian?.diagnostics.find((d) => d.rule === 'removed-channel')?.message).toContain('两微一端');
  });

  it('the others inherit the new item and the new channel — the school too, through its county', () => {
    const resolved = (file: string): { categories: { items: { id: string; channel: string[] }[] }[] } =>
      JSON.parse(runCli(['resolve', '--baseline', 'catalogues/xinxiang/2024.yaml', '--json', file], dir).stdout);
    for (const file of ['catalogues/weihui.yaml', 'catalogues/schools/weihui-shiyan.yaml']) {
      const items = resolved(file).categories.flatMap((c) => c.items);
      expect(
        items.map((i) => i.id),
        file,
      ).toContain('students.health');
      expect(items.find((i) => i.id === 'enrollment.plan')?.channel, file).toContain('两微一端');
    }
  });

  it('catalog diff shows what the new baseline version adds', () => {
    const r = runCli(['diff', 'catalogues/xinxiang/2020.yaml', 'catalogues/xinxiang/2024.yaml', '-f', 'json'], dir);
    expect(r.status).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.items.added.map((i: { id: string }) => i.id)).toEqual(['students.health']);
    expect(d.items.changed).toEqual([
      { id: 'enrollment.plan', name: '招生计划', category: 'enrollment', changes: [{ field: 'channel', added: ['两微一端'], removed: [] }] },
    ]);
  });
});
