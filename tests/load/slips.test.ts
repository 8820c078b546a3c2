/** Chinese-keyboard slips: one finding each, at the slip, with no parser cascade; ordinary Chinese text is left alone. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSource } from '../../src/load/load.js';
import { CATALOGUE_KEYS } from '../../src/load/slips.js';
import { repoRoot } from '../helpers/check.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const HEAD = 'id: demo\nkind: county\nregion: 示例县\nextends: xinxiang@2020\n';
const ITEM = 'categories:\n  - id: enrollment\n    items:\n      - id: enrollment.plan\n';
const slips = (text: string): { messageId?: string; line: number; column: number; data?: object }[] =>
  loadSource('a.yaml', enc(text)).findings.map((f) => ({ messageId: f.messageId, line: f.span?.line ?? 0, column: f.span?.column ?? 0, data: f.data }));

describe('keyboard slips', () => {
  it.each([
    ['a full-width colon after a top-level key', `id: demo\nregion：延津县\nkind: county\n`, 'fullwidthColon', 2, 7, { key: 'region' }],
    [
      'a full-width colon after an item key',
      `${HEAD}${ITEM}        subject：示例县教育局\n        level: [县级]\n`,
      'fullwidthColon',
      9,
      16,
      { key: 'subject' },
    ],
    ['a full-width colon in a list item', `${HEAD}${ITEM}      - id：enrollment.zones\n`, 'fullwidthColon', 9, 11, { key: 'id' }],
    ['a full-width colon in a flow mapping', `${HEAD}document:\n  contact: {name：赵六, phone: 0373-1234567}\n`, 'fullwidthColon', 6, 17, { key: 'name' }],
    ['a missing space after a colon', `id: demo\nregion:延津县\nkind: county\n`, 'noSpace', 2, 7, { key: 'region', value: '延津县' }],
    [
      'a missing space on the last line of an item',
      `${HEAD}${ITEM}        subject:示例县教育局\n`,
      'noSpace',
      9,
      16,
      { key: 'subject', value: '示例县教育局' },
    ],
    [
      'a full-width space after a colon',
      `${HEAD}${ITEM}        subject:　示例县教育局\n`,
      'colonFullwidthSpace',
      9,
      16,
      { key: 'subject', value: '示例县教育局' },
    ],
    [
      'indentation with full-width spaces',
      `${HEAD}${ITEM}        channel: [政府网站]\n　　　　　　　　subject: 示例县教育局\n        level: [县级]\n`,
      'fullwidthSpace',
      10,
      1,
      {},
    ],
    ['full-width spaces after ASCII ones', `${HEAD}${ITEM}      　　subject: 示例县教育局\n        level: [县级]\n`, 'fullwidthSpace', 9, 7, {}],
    [
      'a Chinese comma in a flow list',
      `${HEAD}${ITEM}        channel: [政府网站，政务新媒体]\n`,
      'fullwidthComma',
      9,
      23,
      { char: '，', value: '政府网站，政务新媒体', example: '政府网站, 政务新媒体' },
    ],
    ['an enumeration comma in a channel list', `${HEAD}${ITEM}        channel: [政府网站、政务新媒体]\n`, 'fullwidthComma', 9, 23, { char: '、' }],
    ['full-width square brackets', `${HEAD}${ITEM}        channel: ［政府网站, 政务新媒体］\n`, 'fullwidthBracket', 9, 18, { char: '［', ascii: '[' }],
    ['lenticular brackets', `${HEAD}${ITEM}        channel: 【政府网站, 政务新媒体】\n`, 'fullwidthBracket', 9, 18, { char: '【' }],
    ['a full-width closing bracket', `${HEAD}${ITEM}        channel: [政府网站, 政务新媒体］\n`, 'fullwidthBracket', 9, 30, { char: '］' }],
    ['full-width braces', `${HEAD}document:\n  contact: ｛name: 赵六｝\n`, 'fullwidthBracket', 6, 12, { char: '｛' }],
    ['Chinese quotes around a value with ": "', `${HEAD}${ITEM}        note: “说明: 由学校同步公示”\n`, 'curlyQuote', 9, 15, { char: '“' }],
    ['Chinese quotes around a value with " #"', `${HEAD}${ITEM}        note: “第 #1 号”\n`, 'curlyQuote', 9, 15, { char: '“' }],
    ['a full-width list dash', `${HEAD}${ITEM}        channel:\n          － 政府网站\n          - 政务新媒体\n`, 'fullwidthDash', 10, 11, { char: '－' }],
    ['a full-width space after a dash', `${HEAD}${ITEM}        channel:\n          -　政府网站\n`, 'dashFullwidthSpace', 10, 11, {}],
    ['no space after a dash', `${HEAD}${ITEM}        channel:\n          -政府网站\n`, 'dashNoSpace', 10, 11, { value: '政府网站' }],
    ['a full-width comment sign on its own line', `${HEAD}＃ 说明\n${ITEM}`, 'fullwidthHash', 5, 1, {}],
  ])('%s: one finding at the slip', (_, text, messageId, line, column, data) => {
    const found = slips(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ messageId, line, column, data });
  });

  it('reports several slips once each, and no parser errors besides', () => {
    const text = `${HEAD}${ITEM}        channel: [政府网站，政务新媒体]\n        subject：示例县教育局\n　　　　level: [县级]\n`;
    expect(slips(text).map((f) => [f.messageId, f.line])).toEqual([
      ['fullwidthComma', 9],
      ['fullwidthColon', 10],
      ['fullwidthSpace', 11],
    ]);
  });

  it('keeps reporting a tab in the indentation next to a slip', () => {
    expect(slips(`${HEAD}${ITEM}\tsubject: x\n        note：y\n`).map((f) => f.messageId)).toEqual(['tab', 'fullwidthColon']);
  });

  it('leaves ordinary Chinese punctuation in values alone', () => {
    const text = `${HEAD}${ITEM}        channel: [政府网站, "其他：微信、QQ群", 其他：家长群]\n        content: [摇号时间、地点, 摇号办法]\n        note: 说明：由学校同步公示，见“招生简章”【附件】\n        basis:\n          - 《条例》第二十条：应当公开\n          - “双减”工作要求\n        timeLimit: 20个工作日内 # 注释\n        subject: 【县】教育局\n`;
    const l = loadSource('a.yaml', enc(text));
    expect(l.findings).toEqual([]);
  });

  it('knows every key of the catalogue schema', () => {
    const schema = JSON.parse(readFileSync(join(repoRoot, 'schema', 'catalogue.schema.json'), 'utf8')) as unknown;
    const keys = new Set<string>();
    const walk = (n: unknown): void => {
      if (Array.isArray(n)) n.forEach(walk);
      else if (n && typeof n === 'object') {
        const props = (n as { properties?: object }).properties;
        if (props && typeof props === 'object') Object.keys(props).forEach((k) => keys.add(k));
        Object.values(n).forEach(walk);
      }
    };
    walk(schema);
    expect([...CATALOGUE_KEYS].sort()).toEqual([...keys].sort());
  });
});
