/** The bureau's decision through the real CLI: two filings of one county, a county that did not file and a .docx → 重复, 未报送, 未核验 in every report. */
import { readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sameUnitName } from '../../src/filing/decision.js';
import { parseExpectList } from '../../src/filing/expect.js';
import { runCli } from '../helpers/cli.js';
import { buildFiling, checkCatalogue, repoRoot, tempDir } from './helpers.js';

const dir = tempDir();
const EPOCH = '1764000000';
const CONTROL = `evil\u001b[2J\u0007.yaml`;

beforeAll(async () => {
  mkdirSync(join(dir, '收文'));
  writeFileSync(join(dir, '收文', 'weihui.filing.pdf'), await buildFiling(checkCatalogue('catalogues/weihui.yaml')));
  // The same county again, later (成文日期 2020-12-01), as its YAML source: it wins.
  const later = readFileSync(join(repoRoot, 'catalogues', 'weihui.yaml'), 'utf8')
    .replace(/^( +date: ).*$/m, '$12020-12-01')
    .replace(/^extends: .*$/m, 'extends: xinxiang@2020');
  writeFileSync(join(dir, '收文', 'weihui-补报.yaml'), later);
  copyFileSync(join(repoRoot, 'catalogues', 'huixian.yaml'), join(dir, '收文', 'huixian.yaml'));
  writeFileSync(join(dir, '收文', 'yuanyang.docx'), 'PK\u0003\u0004 not really a document');
  // A source without 文号 and date, under a file name with control characters.
  writeFileSync(
    join(dir, '收文', CONTROL),
    readFileSync(join(repoRoot, 'catalogues', 'yuanyang.yaml'), 'utf8').replace(/^ +(filingNumber|number|date): .*\n/gm, ''),
  );
  writeFileSync(join(dir, '名单.csv'), '\uFEFF地区,编号\r\n卫辉市,weihui\r\n辉县市,huixian\r\n原阳县,yuanyang\r\n封丘县,fengqiu\r\n');
});

function verify(report: string, extra: readonly string[] = []): { status: number; text: string; stdout: string; stderr: string } {
  const r = runCli(['verify', '收文', '--expect', '名单.csv', '--report', report, ...extra], dir, { SOURCE_DATE_EPOCH: EPOCH });
  return { status: r.status, text: readFileSync(join(dir, report), 'utf8'), stdout: r.stdout, stderr: r.stderr };
}

describe('verify --expect --report', () => {
  it.each(['html', 'md', 'csv', 'json'])('%s shows 重复, 未报送 and 未核验 with the header facts', (ext) => {
    const r = verify(`汇总.${ext}`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    if (ext === 'json') {
      const j = JSON.parse(r.text) as {
        verifiedAt: string;
        baseline: { id: string; version: string; sha256: string };
        units: {
          id: string;
          state: string;
          document: { type: string; number?: string; date?: string } | null;
          file: string | null;
          superseded: string[];
          reasons: { rule: string }[];
        }[];
      };
      expect(j.verifiedAt).toBe('2025-11-24T16:00:00Z');
      expect(j.baseline).toMatchObject({ id: 'xinxiang', version: '2020' });
      expect(j.baseline.sha256).toMatch(/^[0-9a-f]{64}$/);
      const by = (id: string) => j.units.find((u) => u.id === id);
      expect(by('weihui')).toMatchObject({
        state: 'duplicate',
        file: '收文/weihui-补报.yaml',
        superseded: ['收文/weihui.filing.pdf'],
        document: { type: 'source', date: '2020-12-01' },
      });
      expect(by('huixian')).toMatchObject({ state: 'filed', document: { type: 'source', number: '辉教〔2020〕113号' } });
      expect(by('fengqiu')).toMatchObject({ state: 'missing', file: null });
      expect(by('yuanyang')?.state).toBe('filed');
      expect(by('yuanyang')?.reasons.map((x) => x.rule)).toEqual(['incomplete-document', 'incomplete-document']);
      expect(j.units.find((u) => u.state === 'skipped')?.file).toBe('收文/yuanyang.docx');
      return;
    }
    for (const word of [
      '重复',
      '未报送',
      '未核验',
      '备案报告',
      '源文件',
      '2025-11-24 16:00:00 UTC',
      'SHA-256',
      '版本 2020',
      '辉教〔2020〕113号',
      'incomplete-document',
    ])
      expect(r.text, word).toContain(word);
    expect(r.text).not.toContain('\u001b');
    expect(r.text).toContain('x1b[2J');
  });

  it('is reproducible with SOURCE_DATE_EPOCH', () => {
    expect(verify('a.md').text).toBe(verify('b.md').text);
  });

  it('prints the skipped file and escapes the control characters in stylish and every CI format', () => {
    for (const format of ['stylish', 'sarif', 'github', 'gitlab', 'junit']) {
      const out = verify('d.md', ['--format', format]).stdout;
      expect(out, format).toContain('evil');
      expect(out, format).toContain('yuanyang.docx');
      expect(out, format).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    }
    const json = JSON.parse(verify('e.md', ['--format', 'json']).stdout) as { files: { file: string }[] };
    expect(json.files.map((f) => f.file)).toContain(`收文/${CONTROL}`);
  }, 240_000);

  it('refuses a malformed list with its line number and exit code 2', () => {
    writeFileSync(join(dir, 'bad.csv'), '卫辉市,weihui\n辉县市\n');
    const r = runCli(['verify', '收文', '--expect', 'bad.csv'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('第 2 行');
  });
});

describe('parseExpectList', () => {
  const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
  it('reads UTF-8 with and without a BOM, a header in either order, and GBK', () => {
    const units = [{ region: '卫辉市', id: 'weihui', line: 2 }];
    expect(parseExpectList(utf8('\uFEFFregion,id\n卫辉市,weihui\n'))).toMatchObject({ ok: true, units, encoding: 'utf-8' });
    expect(parseExpectList(utf8('id,地区\nweihui,卫辉市\n'))).toMatchObject({ ok: true, units });
    expect(parseExpectList(utf8('卫辉市,weihui'))).toMatchObject({ ok: true, units: [{ region: '卫辉市', id: 'weihui', line: 1 }] });
    expect(parseExpectList(new Uint8Array([0xce, 0xc0, 0xbb, 0xd4, 0xca, 0xd0, 0x2c, ...utf8('weihui\n')]))).toMatchObject({
      ok: true,
      encoding: 'gbk',
      units: [{ region: '卫辉市', id: 'weihui' }],
    });
    expect(parseExpectList(utf8('"卫辉市,城区",weihui\n'))).toMatchObject({ ok: true, units: [{ region: '卫辉市,城区' }] });
  });

  it('refuses rows that are not two columns, empty cells, repeated ids and empty lists', () => {
    expect(parseExpectList(utf8('a,b,c\n'))).toMatchObject({ ok: false, problem: 'columns', line: 1 });
    expect(parseExpectList(utf8('卫辉市,\n'))).toMatchObject({ ok: false, problem: 'empty' });
    expect(parseExpectList(utf8('a,x\nb,x\n'))).toMatchObject({ ok: false, problem: 'duplicate', line: 2 });
    expect(parseExpectList(utf8('region,id\n'))).toMatchObject({ ok: false, problem: 'noRows' });
    expect(parseExpectList(utf8('"a,x\n'))).toMatchObject({ ok: false, problem: 'quote' });
  });
});

describe('sameUnitName: which names on the list a filing names', () => {
  it.each([
    ['卫辉市', '卫辉市'],
    ['辉县', '辉县市'],
    ['新乡市红旗区', '红旗区'],
    ['河南省卫辉市', '卫辉市'],
    [' 卫辉市\u3000', '卫辉市'],
    ['卫\u200b辉\u3000市', '卫辉市'],
    ['卫辉市第一中学校', '卫辉市第一中学'],
    ['卫辉市', '卫辉市教育局'],
  ])('%s is %s', (a, b) => {
    expect(sameUnitName(a, b)).toBe(true);
  });
  it.each([
    ['卫辉市实验学校', '卫辉市实验学校分校'],
    ['新乡市', '新乡市红旗区'],
    ['新乡县', '新乡市'],
    ['卫辉县', '卫辉市'],
    ['卫輝市', '卫辉市'],
    ['卫辉', '卫辉市实验学校'],
  ])('%s is not %s (red team)', (a, b) => {
    expect(sameUnitName(a, b)).toBe(false);
  });
});
