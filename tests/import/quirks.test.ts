/** Each quirk of hand-made tables, one small table each (HTML written inline, DOCX/XLSX quirks in fixtures.test.ts). */
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/import/texts.js';
import { checkOverlay, importBytes } from './helpers.js';

const LAW = [
  '《中华人民共和国教育法》',
  '《中华人民共和国义务教育法》',
  '《中华人民共和国民办教育促进法》',
  '《中华人民共和国教师法》',
  '《中华人民共和国国家通用语言文字法》',
];
const td = (c: string): string => (c.startsWith('<t') ? c : `<td>${c}</td>`);
const html = (rows: readonly (readonly string[])[], extra = ''): Uint8Array =>
  new TextEncoder().encode(`<html><body>${extra}<table>${rows.map((r) => `<tr>${r.map(td).join('')}</tr>`).join('')}</table></body></html>`);
const HEAD2 = [
  [
    '<th rowspan="2">序号</th>',
    '<th rowspan="2">一级事项</th>',
    '<th rowspan="2">事项名称</th>',
    '<th rowspan="2">公开内容</th>',
    '<th rowspan="2">公开依据</th>',
    '<th rowspan="2">公开时限</th>',
    '<th rowspan="2">公开主体</th>',
    '<th rowspan="2">公开渠道</th>',
    '<th colspan="2">公开对象</th>',
    '<th colspan="2">公开方式</th>',
  ],
  ['<th>全社会</th>', '<th>特定群体</th>', '<th>主动</th>', '<th>依申请</th>'],
];
const law = (over: Partial<Record<string, string>> = {}): string[] => [
  over.seq ?? '1',
  over.category ?? '政策文件',
  over.name ?? '教育法律',
  over.content ?? LAW.join('<br>'),
  over.basis ?? '《中华人民共和国政府信息公开条例》',
  over.time ?? '信息形成或者变更之日起20个工作日内',
  over.subject ?? '县级教育行政部门',
  over.channel ?? '政府网站',
  over.all ?? '√',
  over.some ?? '',
  over.active ?? '√',
  over.ask ?? '',
];
const resolvedItem = async (bytes: Uint8Array, id = 'policy.law') => {
  const r = await importBytes('t.html', bytes);
  return {
    r,
    item: checkOverlay(r.overlay.text)
      .resolved?.categories.flatMap((c) => c.items)
      .find((i) => i.id === id),
  };
};

describe('import: quirks of hand-made tables', () => {
  it('reads an unchanged row as the baseline item and writes nothing for it', async () => {
    const { r } = await resolvedItem(html([...HEAD2, law()]));
    expect(r.matches[0]).toMatchObject({ confidence: 1, item: { id: 'policy.law' } });
    expect(r.overlay.text).not.toMatch(/policy\.law\n/);
  });

  it.each([['√'], ['✓'], ['●'], ['是'], ['Y']])('reads %s as a tick', async (mark) => {
    const { item } = await resolvedItem(html([...HEAD2, law({ all: mark, some: mark, active: mark, ask: '' })]));
    expect(item?.audience).toEqual(['全社会', '特定群体']);
  });

  it('reads 公开对象/方式 written as words in one column', async () => {
    const head = [['序号', '事项名称', '公开内容', '公开依据', '公开时限', '公开对象', '公开方式'].map((t) => `<th>${t}</th>`)];
    const { item } = await resolvedItem(
      html([
        ...head,
        ['1', '教育法律', LAW.join('<br>'), '《中华人民共和国政府信息公开条例》', '信息形成或者变更之日起20个工作日内', '全社会、特定群体', '主动公开'],
      ]),
    );
    expect(item).toMatchObject({ audience: ['全社会', '特定群体'], method: ['主动'], subject: '县级教育行政部门' });
  });

  it('finds the header by meaning in any column order, under a title row', async () => {
    const head = [
      ['<td colspan="6">某县义务教育领域基层政务公开标准目录</td>'],
      ['公开时限', '公开渠道和载体', '事项名称', '责任单位', '公开内容（要素）', '序号'].map((t) => `<th>${t}</th>`),
    ];
    const r = await importBytes('t.html', html([...head, ['实时公开', '政府网站', '教育法律', '某县教育局', LAW.join('<br>'), '1']]));
    const item = checkOverlay(r.overlay.text).resolved?.categories[0]?.items[0];
    // 某县教育局 is what the county's documents print for the baseline's generic subject: it stays inherited.
    expect(item).toMatchObject({ id: 'policy.law', timeLimit: '实时公开', subject: '县级教育行政部门', content: LAW });
    expect(checkOverlay(r.overlay.text).resolved?.region).toBe('某县');
  });

  it('copies 同上 and 〃 from the row above', async () => {
    const second = ['2', '政策文件', '规范性文件', '部门和地方政府规章<br>各类教育政策文件', '〃', '同上', '同 上', '〃', '√', '', '√', ''];
    const { item } = await resolvedItem(html([...HEAD2, law({ subject: '某县教育局' }), second]), 'policy.normative');
    expect(item).toMatchObject({
      basis: ['《中华人民共和国政府信息公开条例》'],
      timeLimit: '信息形成或者变更之日起20个工作日内',
      subject: '某县教育局',
      channel: ['政府网站'],
    });
  });

  it('splits a list written on one line, and drops numbering', async () => {
    const { item } = await resolvedItem(
      html([...HEAD2, law({ content: `1.${LAW[0]}；2.${LAW[1]}；3、${LAW[2]}；（4）${LAW[3]}；⑤${LAW[4]}`, channel: '政府网站、政务新媒体' })]),
    );
    expect(item?.content).toEqual(LAW);
    expect(item?.channel).toEqual(['政府网站', '政务新媒体']);
  });

  it('skips blank spacer rows and rows that only name a 一级事项, and carries the 一级事项 down', async () => {
    const heading = ['<td colspan="12">一、政策文件</td>'];
    const blank = Array(12).fill('');
    const normative = [
      '2',
      '',
      '规范性文件',
      '部门和地方政府规章<br>各类教育政策文件',
      '《中华人民共和国政府信息公开条例》',
      '信息形成或者变更之日起20个工作日内',
      '县级教育行政部门',
      '政府网站',
      '√',
      '',
      '√',
      '',
    ];
    const r = await importBytes('t.html', html([...HEAD2, heading, law({ category: '' }), blank, normative]));
    expect(r.table.rows.map((x) => [x.name, x.category])).toEqual([
      ['教育法律', '政策文件'],
      ['规范性文件', '政策文件'],
    ]);
  });

  it('joins a table continued in a second table without its header', async () => {
    const second = '<table><tr>' + law({ seq: '2', name: '规范性文件', content: '部门和地方政府规章<br>各类教育政策文件' }).map(td).join('') + '</tr></table>';
    const bytes = new TextEncoder().encode(new TextDecoder().decode(html([...HEAD2, law()])).replace('</body>', `<p>（续表）</p>${second}</body>`));
    const r = await importBytes('t.html', bytes);
    expect(r.matches.map((m) => [m.row.label, m.item?.id])).toEqual([
      ['1-3', 'policy.law'],
      ['2-1', 'policy.normative'],
    ]);
  });

  it('adds a row it cannot match, places it by its 一级事项, and lists a near miss as uncertain', async () => {
    const added = law({ name: '教育法律文件汇编', content: '汇编目录', category: '政策文件' });
    const r = await importBytes('t.html', html([...HEAD2, added]));
    expect(r.matches[0]).toMatchObject({ uncertain: true });
    expect(r.matches[0]?.item).toBeUndefined();
    const checked = checkOverlay(r.overlay.text);
    expect(checked.resolved?.categories.find((c) => c.id === 'policy')?.items.map((i) => i.id)).toContain('yanjin.row-3');
    const settled = await importBytes('t.html', html([...HEAD2, added]), new Map([['3', 'policy.law']]));
    expect(settled.matches[0]).toMatchObject({ item: { id: 'policy.law' }, confidence: 1, uncertain: false });
  });

  it('names the header cells it saw when no column can be identified', async () => {
    const err = await importBytes(
      't.html',
      html([
        ['甲', '乙', '丙'],
        ['1', '2', '3'],
      ]),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).data.cells).toBe('甲｜乙｜丙');
  });

  it.each([
    ['a file without a table', 'x.html', new TextEncoder().encode('<p>没有表格</p>'), 'err.noTable'],
    [
      'an encrypted Office file',
      'x.docx',
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Buffer.from('EncryptionInfo', 'utf16le')]),
      'err.encrypted',
    ],
    ['a Word 97 file', 'x.doc', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'err.oldBinary'],
    ['a WPS file', 'x.wps', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'err.oldBinary'],
    ['an .et sheet', 'x.et', new Uint8Array([1, 2, 3]), 'err.oldBinary'],
    ['a text file named .docx', 'x.docx', new TextEncoder().encode('hello'), 'err.corrupt'],
  ])('refuses %s with a reason', async (_what, file, bytes, textId) => {
    const err = await importBytes(file, bytes).catch((e: unknown) => e);
    expect((err as ImportError).textId).toBe(textId);
  });
});
