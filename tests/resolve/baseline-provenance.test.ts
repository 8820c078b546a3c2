/** The shipped xinxiang@2020 baseline: every row says where it comes from, and the known corrections hold. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/check/check.js';
import { fsHost } from '../../src/app/host.js';
import { repoRoot } from '../helpers/check.js';

const file = join(repoRoot, 'catalogues', 'xinxiang', '2020.yaml');
const text = readFileSync(file, 'utf8');
const checked = checkSource(file, Buffer.from(text), fsHost(repoRoot), { lang: 'zh' });
const items = checked.resolved?.categories.flatMap((c) => c.items) ?? [];
const byId = (id: string) => items.find((i) => i.id === id);

/** The rows marked I in /work/shared/spec/baseline-facts.md (students.aid: its 资助对象、标准和申请程序). */
const INFERRED = [
  'enrollment.results',
  'students.aid',
  'students.awards',
  'students.preferential',
  'teachers.recruitment',
  'teachers.conduct',
  'teachers.awards',
  'teachers.titles',
  'teachers.special-post',
  'teachers.rural-subsidy',
  'teachers.mandarin',
  'implementation.nutrition',
  'implementation.dropout',
  'implementation.migrant',
  'implementation.funding',
  'inspection.general',
  'inspection.balanced',
];

describe('xinxiang@2020 provenance', () => {
  it('checks clean, and every one of its 34 rows and 10 categories carries a provenance', () => {
    expect(checked.result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(items).toHaveLength(34);
    for (const i of items) expect(i.provenance, i.id).toBeDefined();
    for (const c of checked.resolved?.categories ?? []) expect(c.provenance, c.id).toBeDefined();
  });

  it('the inferred rows are exactly those the research marks I, each with a note', () => {
    expect(items.filter((i) => i.provenance?.source === 'inferred').map((i) => i.id)).toEqual(INFERRED);
    for (const id of INFERRED) expect(byId(id)?.provenance?.note, id).toMatch(/推定/);
    expect(byId('safety.campus')?.provenance?.source).toBe('seed');
    expect(checked.resolved?.categories.find((c) => c.id === 'implementation')?.provenance?.source).toBe('national');
  });
});

describe('xinxiang@2020 corrections', () => {
  it('cites the 特岗 notice by its full title', () => {
    expect(byId('teachers.special-post')?.basis[0]).toBe(
      '《教育部 财政部 人力资源社会保障部 中央编办关于继续组织实施“农村义务教育阶段学校教师特设岗位计划”的通知》（教师〔2009〕1号）',
    );
  });

  it('cites 《普通话水平测试管理规定》 for the 普通话 row', () => {
    expect(byId('teachers.mandarin')?.basis).toEqual(['《中华人民共和国国家通用语言文字法》', '《普通话水平测试管理规定》']);
  });

  it('gives 财务信息 the 预算法 第十四条 limit for 部门预算、决算', () => {
    const finance = byId('finance.info');
    expect(finance?.basis).toContain('《中华人民共和国预算法》');
    expect(finance?.timeLimit).toBe('信息形成或者变更之日起20个工作日内；部门预算、决算及报表经本级政府财政部门批复后二十日内');
  });

  it('cites no 2022 document and prints no “年版” the data does not hold', () => {
    expect(text).not.toMatch(/2022/);
    expect(checked.resolved?.title).not.toMatch(/年版/);
    expect(JSON.stringify(items)).not.toMatch(/年版|2022/);
  });
});
