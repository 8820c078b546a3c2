/** Judging names and texts: a subject that names no body, a deviation reason that gives none, a school name that names no school, blank by invisible characters. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countyPrefix, genericSchool, namesSchool } from '../../src/resolve/kind-policy.js';
import { SHIPPED_BASELINES } from '../../src/resolve/shipped.js';
import { isBlankText, normalizeText } from '../../src/validate/normalize.js';
import { isRealReason, isStockReason } from '../../src/validate/schema-fields.js';
import { namesNoBody } from '../../src/validate/subject.js';
import { repoRoot } from '../helpers/check.js';

describe('namesNoBody', () => {
  it.each(['无', '\u200b', '待定', '-', '—', '/', 'N/A', '不适用', '各学校自行决定', '暂无', '？'])('%s names no body', (s) =>
    expect(namesNoBody(s)).toBe(true),
  );
  it.each(['县级教育行政部门', '卫辉市教育局', '卫辉市实验学校', '县级人民政府教育督导机构', '各乡镇中心学校'])('%s names a body', (s) =>
    expect(namesNoBody(s)).toBe(false),
  );
});

describe('isRealReason', () => {
  it.each(['\u200b', ' ', '　', '-', '无', '。', '略', 'N/A', '见附件', '理由'])('refuses %j', (s) => expect(isRealReason(s)).toBe(false));
  it.each(['本县无民办义务教育学校', '已并入县政务服务中心'])('accepts %s', (s) => expect(isRealReason(s)).toBe(true));
});

describe('isStockReason (round 8, attack 84)', () => {
  it.each([
    '根据本县实际情况',
    '结合本地实际',
    '因工作需要',
    '按照上级要求',
    '本县实际情况不同',
    '根据我县实际情况，经研究决定调整',
    '鉴于本县具體情況',
    '上级部门要求调整',
  ])('refuses %s', (s) => expect(isStockReason(s)).toBe(true));
  it.each([
    '本县无民办义务教育学校，民办学校年检和行政处罚暂无信息可公开；今后审批设立民办义务教育学校时恢复本事项',
    '县政府信息公开查阅点已并入县政务服务中心，教育事业发展主要情况改由政务服务中心提供查阅，不再另设公开查阅点',
    '本县尚未开通政务新媒体账号',
    '政府网站改版',
    '经费不足',
    '因机构改革',
    '本校为公办学校',
    '本区不设乡镇，财务信息由区教育局统一公开',
    '根据新教办〔2020〕215号文件要求',
    '测试用的偏离理由',
    '写错了目标',
  ])('accepts %s', (s) => expect(isStockReason(s)).toBe(false));
});

describe('school names', () => {
  it.each(['卫辉市义务教育学校', '卫辉市各中小学', '卫辉市各乡镇中心学校', '卫辉市公办学校（代章）', '学校'])('%s names no one school', (s) => {
    expect(namesSchool(s) && !genericSchool(s)).toBe(false);
  });
  it.each(['卫辉市实验学校', '延津县第一初级中学', '卫辉市城郊乡中心小学', '新乡市第一中学', '河南师范大学附属中学'])('%s names one school', (s) => {
    expect(namesSchool(s) && !genericSchool(s)).toBe(true);
  });
  it('knows a county school from a city (市直) one', () => {
    expect(countyPrefix('卫辉市实验学校')).toBe('卫辉市');
    expect(countyPrefix('新乡市第一中学')).toBeUndefined();
    expect(countyPrefix('河南师范大学附属中学')).toBeUndefined();
  });
});

describe('invisible characters', () => {
  it.each(['\u200b', '\u00ad', '\ufe0f', '\u034f', '\u2061', '\u3164', '\u2800', ' \u3000\u200b'])('%j is blank', (s) => expect(isBlankText(s)).toBe(true));
  it('are removed before comparing', () => {
    expect(normalizeText('暂\u00AD不\u00AD公\u00AD开')).toBe('暂不公开');
    expect(normalizeText('获嘉县\u200b')).toBe('获嘉县');
  });
});

describe('SHIPPED_BASELINES', () => {
  it('lists exactly the municipal baselines in catalogues/', () => {
    const dirs = readdirSync(join(repoRoot, 'catalogues'), { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'schools');
    const shipped = dirs.flatMap((d) => readdirSync(join(repoRoot, 'catalogues', d.name)).map((f) => `${d.name}@${f.replace(/\.yaml$/, '')}`));
    expect(shipped.sort()).toEqual(SHIPPED_BASELINES.map((b) => `${b.id}@${b.version}`).sort());
  });
});
