import { describe, expect, it } from 'vitest';
import { askAnswers, flagProblems, InitAborted, missingFlags, parseKind, settleAnswers } from '../../src/authoring/answers.js';
import { schemaReference } from '../../src/authoring/scaffold.js';
import { chineseNumber, scalar } from '../../src/authoring/yaml-text.js';

/** A fake terminal: answers in order, recording the questions and what was said. */
function terminal(answers: readonly string[]): { ask: (q: string) => Promise<string>; say: (s: string) => void; asked: string[]; said: string[] } {
  const queue = [...answers];
  const asked: string[] = [];
  const said: string[] = [];
  return {
    ask: (q) => {
      asked.push(q);
      return Promise.resolve(queue.shift() ?? '');
    },
    say: (s) => {
      said.push(s);
    },
    asked,
    said,
  };
}

describe('init answers', () => {
  it('fills the defaults from the kind and region', () => {
    expect(settleAnswers({ region: '卫辉市', id: 'weihui' })).toEqual({
      kind: 'county',
      region: '卫辉市',
      id: 'weihui',
      issuer: '卫辉市教育局',
      extends: 'xinxiang@2020',
      title: '卫辉市义务教育领域基层政务公开标准目录',
    });
    expect(settleAnswers({ kind: '学校', region: '卫辉市实验学校', id: 'weihui-shiyan', extends: '../weihui.yaml' })).toMatchObject({
      kind: 'school',
      issuer: '卫辉市实验学校',
      title: '卫辉市实验学校校务公开标准目录',
    });
  });

  it('names the missing and the unusable flags', () => {
    expect(missingFlags({})).toEqual(['--region', '--id']);
    expect(missingFlags({ kind: 'school', region: 'x', id: 'x' })).toEqual(['--extends']);
    expect(flagProblems({ id: '1abc', kind: 'city' }).map((p) => p.textId)).toEqual(['init.badKind', 'init.badId']);
    expect(parseKind(' County ')).toBe('county');
    expect(parseKind('学校')).toBe('school');
  });

  it('asks only for what the flags leave out, offers defaults, and asks again after a bad id', async () => {
    const t = terminal(['', '卫辉市', 'Wei_Hui', 'weihui', '', '', '']);
    const a = await askAnswers({}, t.ask, t.say, 'zh');
    expect(a).toEqual(settleAnswers({ region: '卫辉市', id: 'weihui' }));
    expect(t.asked[0]).toContain('[county]');
    expect(t.asked.filter((q) => q.startsWith('目录标识'))).toHaveLength(2);
    expect(t.said.join('\n')).toContain('“Wei_Hui”不能用作标识');
    expect(t.asked.some((q) => q.includes('[卫辉市教育局]'))).toBe(true);
  });

  it('offers the only county file as a school’s default baseline', async () => {
    const t = terminal(['卫辉市实验学校', 'weihui-shiyan', '', '', '']);
    const a = await askAnswers({ kind: 'school' }, t.ask, t.say, 'zh', ['catalogues/weihui.yaml']);
    expect(a.extends).toBe('catalogues/weihui.yaml');
    expect(t.asked.find((q) => q.startsWith('依据的上级目录'))).toContain('[catalogues/weihui.yaml]');
  });

  it('gives up after repeated empty answers to a required question', async () => {
    const t = terminal([]);
    await expect(askAnswers({ kind: 'county' }, t.ask, t.say, 'en')).rejects.toBeInstanceOf(InitAborted);
    expect(t.said[0]).toBe('This one is required.');
  });
});

describe('scaffold helpers', () => {
  it('schemaReference is relative with forward slashes', () => {
    expect(schemaReference('/p/catalogues/weihui.yaml', '/p/schema/catalogue.schema.json')).toBe('../schema/catalogue.schema.json');
    expect(schemaReference('/p/catalogues/schools/a.yaml', '/p/schema/catalogue.schema.json')).toBe('../../schema/catalogue.schema.json');
  });

  it('chineseNumber numbers categories as the printed table does', () => {
    expect([1, 9, 10, 11, 20, 34].map(chineseNumber)).toEqual(['一', '九', '十', '十一', '二十', '三十四']);
  });

  it('scalar quotes only what YAML would misread', () => {
    expect(scalar('卫辉市教育局')).toBe('卫辉市教育局');
    expect(scalar('2020')).toBe('"2020"');
    expect(scalar('a: b')).toMatch(/^["']a: b["']$/);
    expect(scalar('两行\n文字')).toBe('"两行\\n文字"');
  });
});
