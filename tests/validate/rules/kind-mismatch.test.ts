/** kind-mismatch: a county cannot escape the county rules by calling itself municipal or school (the kind policy). */
import { describe, expect, it } from 'vitest';
import type { SourceCatalogue } from '../../../src/model/index.js';
import { checkKindPolicy, isPublishedBaselinePath, namesSchool } from '../../../src/resolve/kind-policy.js';
import { checkFixture, only, where } from '../../helpers/check.js';

const rule = 'kind-mismatch';

describe(rule, () => {
  it('a county relabelled municipal: not the published baseline file, and not a city', () => {
    const found = only(checkFixture('rules/kind-mismatch/municipal-county.yaml'), rule);
    expect(where(found)).toEqual([
      { rule, severity: 'error', line: 3, column: 7 },
      { rule, severity: 'error', line: 4, column: 9 },
    ]);
    expect(found[0]?.message).toContain('只能是发布的基准文件 catalogues/yanjin/2020.yaml');
  });

  it('a county relabelled school: its region is no school, its title a 政务公开 one', () => {
    const diags = checkFixture('rules/kind-mismatch/school-county.yaml');
    expect(where(only(diags, rule))).toEqual([
      { rule, severity: 'error', line: 4, column: 9 },
      { rule, severity: 'error', line: 5, column: 8 },
      { rule, severity: 'error', line: 6, column: 9 },
    ]);
  });

  it('a school issued by the bureau', () => {
    expect(only(checkFixture('rules/kind-mismatch/school-issuer.yaml'), rule).map((d) => d.line)).toEqual([5, 6, 7]);
  });

  it('a county that extends a municipal file by path that is not the published baseline', () => {
    const found = only(checkFixture('rules/kind-mismatch/by-path.yaml'), rule);
    expect(where(found)).toEqual([{ rule, severity: 'error', line: 7, column: 10 }]);
    expect(found[0]?.message).toContain('请写 extends: yanjin@2020');
  });

  it('passes every shipped catalogue, schools included', () => {
    for (const f of ['xinxiang/2020.yaml', 'weihui.yaml', 'huixian.yaml', 'fengqiu.yaml', 'yuanyang.yaml', 'schools/weihui-shiyan.yaml']) {
      expect(only(checkFixture(`../../catalogues/${f}`), rule), f).toEqual([]);
    }
  });

  it('checkKindPolicy (for verify): a filing is never municipal; a school names a school', () => {
    const base = { id: 'x', title: 't', categories: [] };
    const municipal = {
      ...base,
      kind: 'municipal',
      region: '新乡市',
      issuer: '新乡市教育局',
      version: '2020',
      declared: { categories: 10, items: 34 },
    } as unknown as SourceCatalogue;
    expect(checkKindPolicy(municipal, { filing: true }).map((f) => f.messageId)).toEqual(['municipalFiling']);
    expect(checkKindPolicy(municipal, { path: '/a/catalogues/x/2020.yaml' })).toEqual([]);
    const school = { ...base, kind: 'school', region: '卫辉市实验学校', issuer: '卫辉市实验学校', extends: '../weihui.yaml' } as unknown as SourceCatalogue;
    expect(checkKindPolicy(school, { filing: true })).toEqual([]);
    expect(checkKindPolicy({ ...school, region: '卫辉市' } as SourceCatalogue).map((f) => f.messageId)).toEqual(['schoolRegion']);
    const county = { ...base, kind: 'county', region: '卫辉市', issuer: '卫辉市教育局', extends: 'xinxiang@2020' } as unknown as SourceCatalogue;
    expect(checkKindPolicy(county, { filing: true })).toEqual([]);
    expect(checkKindPolicy({ ...county, region: '卫辉市第一中学' } as SourceCatalogue).map((f) => f.messageId)).toEqual(['countyRegion']);
  });

  it.each([
    ['卫辉市实验学校', true],
    ['延津县第一初级中学', true],
    ['获嘉县城关镇中心小学', true],
    ['某村教学点', true],
    ['延津县', false],
    ['卫辉市教育局', false],
    ['红旗区', false],
    ['新乡市', false],
  ] as const)('namesSchool(%s) = %s', (name, expected) => expect(namesSchool(name)).toBe(expected));

  it('isPublishedBaselinePath: catalogues/ID/VERSION.yaml, either separator', () => {
    expect(isPublishedBaselinePath('/x/catalogues/xinxiang/2020.yaml', 'xinxiang', '2020')).toBe(true);
    expect(isPublishedBaselinePath('C:\\x\\catalogues\\xinxiang\\2020.yaml'.split('\\').join('/'), 'xinxiang', '2020')).toBe(true);
    expect(isPublishedBaselinePath('/x/catalogues/yanjin.yaml', 'yanjin', '2020')).toBe(false);
    expect(isPublishedBaselinePath('/x/catalogues/xinxiang/2020.yaml', 'xinxiang', '2024')).toBe(false);
    expect(isPublishedBaselinePath('/x/other/xinxiang/2020.yaml', 'xinxiang', '2020')).toBe(false);
  });
});
