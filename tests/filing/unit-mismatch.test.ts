/** unit-mismatch through the CLI: a county filing under another's id is 不符 and never its "latest"; a duplicate with other content is flagged. */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { shownDocument } from '../../src/filing/verify-office.js';
import { runCli } from '../helpers/cli.js';
import { repoRoot, tempDir } from './helpers.js';

const dir = tempDir();
const weihui = readFileSync(join(repoRoot, 'catalogues', 'weihui.yaml'), 'utf8').replace(/^extends: .*$/m, 'extends: xinxiang@2020');
/** County A (新乡县) files a catalogue under weihui's id, dated later. */
const impostor = weihui
  .replace(/^region: .*$/m, 'region: 新乡县')
  .replace(/^title: .*$/m, 'title: 新乡县义务教育领域基层政务公开标准目录')
  .replace(/^issuer: .*$/m, 'issuer: 新乡县教育局')
  .replace(/^( +date: ).*$/m, '$12020-12-01');
/** weihui again, later, with other content (a shorter time limit for a new item): a real duplicate that differs. */
const changed = weihui
  .replace(/^( +date: ).*$/m, '$12020-11-15')
  .replace('信息形成或者变更之日起20个工作日内\n        subject: 卫辉市教育局', '信息形成或者变更之日起10个工作日内\n        subject: 卫辉市教育局');
/** weihui again, earlier, the same items under a title that suspends the catalogue (an error of its own): the copy the county may publish. */
const suspended = weihui.replace(/^title: .*$/m, 'title: 卫辉市义务教育领域基层政务公开标准目录（暂停执行）').replace(/^( +date: ).*$/m, '$12020-10-01');
/** weihui's catalogue with 政府网站 dropped from 招生计划, filed by 卫辉市 under an id the list does not have. */
const renamed = readFileSync(join(repoRoot, 'tests', 'filing', 'fixtures', 'weihui-dropped-channel.yaml'), 'utf8')
  .replace(/^id: .*$/m, 'id: weihui-v2')
  .replace(/^extends: .*$/m, 'extends: xinxiang@2020');
/** weihui again, later, only the date changed: a duplicate with the same content. */
const redated = weihui.replace(/^( +date: ).*$/m, '$12020-11-20');

interface Unit {
  id: string;
  document: { type: string; number?: string; date?: string } | null;
  region: string;
  state: string;
  status: string | null;
  file: string | null;
  superseded: string[];
  reasons: { rule: string; severity: string; message: string }[];
}
function units(inbox: string, lang = 'zh'): Unit[] {
  const r = runCli(['verify', inbox, '--expect', '名单.csv', '--report', `${inbox}.json`, '--lang', lang], dir, { SOURCE_DATE_EPOCH: '1764000000' });
  expect(r.stderr).not.toMatch(/\n\s+at /);
  return (JSON.parse(readFileSync(join(dir, `${inbox}.json`), 'utf8')) as { units: Unit[] }).units;
}

beforeAll(() => {
  for (const [inbox, files] of Object.entries({
    impostor: { 'weihui.yaml': weihui, 'weihui-a.yaml': impostor },
    alone: { 'weihui-a.yaml': impostor },
    changed: { 'weihui.yaml': weihui, 'weihui-2.yaml': changed },
    redated: { 'weihui.yaml': weihui, 'weihui-2.yaml': redated },
    faulty: { 'weihui.yaml': weihui, 'weihui-0.yaml': suspended },
    otherid: { 'weihui.yaml': weihui, 'weihui-v2.yaml': renamed },
    elsewhere: { 'weihui.yaml': weihui, 'huixian.yaml': renamed.replace(/^id: .*$/m, 'id: huixian') },
  })) {
    mkdirSync(join(dir, inbox));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, inbox, name), text);
  }
  writeFileSync(join(dir, '名单.csv'), '地区,编号\n卫辉市,weihui\n');
  writeFileSync(join(dir, '名单2.csv'), '地区,编号\n卫辉市,weihui\n辉县市,huixian\n原阳县,yuanyang\n');
  // 辉县市's filing as the Word table `build` writes: read as a hand-made table (no id in it, the file name is no claim).
  const built = runCli(['build', join(repoRoot, 'catalogues', 'huixian.yaml'), '--only', 'filing,docx', '--out', 'built'], dir, {
    SOURCE_DATE_EPOCH: '1764000000',
  });
  expect(built.status).toBe(0);
  copyFileSync(join(dir, 'built', 'huixian.filing.docx'), join(dir, 'redated', 'huixian.filing.docx'));
});

describe('verify --expect --report: who filed under an id', () => {
  it("a later filing from 新乡县 under weihui is 不符 with an error reason; weihui's own filing is taken", () => {
    expect(changed).not.toBe(weihui);
    const u = units('impostor').find((x) => x.id === 'weihui');
    expect(u).toMatchObject({ state: 'mismatch', status: 'error', file: 'impostor/weihui.yaml', superseded: ['impostor/weihui-a.yaml'] });
    expect(u?.reasons[0]).toMatchObject({ rule: 'unit-mismatch', severity: 'error' });
    expect(u?.reasons[0]?.message).toMatch(
      /“impostor\/weihui-a\.yaml”以目录编号 weihui 报送，但写的地区是“新乡县”、发文机关是“新乡县教育局”，与应报送名单中的“卫辉市”不符/,
    );
  });
  it('an impostor alone is 不符, not 已报送', () => {
    expect(units('alone').find((x) => x.id === 'weihui')).toMatchObject({ state: 'mismatch', status: 'error' });
  });
  it('a duplicate whose content differs carries an error naming both files', () => {
    const u = units('changed').find((x) => x.id === 'weihui');
    expect(u).toMatchObject({ state: 'duplicate', status: 'error', file: 'changed/weihui-2.yaml' });
    expect(u?.reasons.find((r) => r.rule === 'unit-mismatch')?.message).toMatch(/另一份备案“changed\/weihui\.yaml”与采用的“changed\/weihui-2\.yaml”内容不同/);
  });
  it('a duplicate that only changes the date is a plain 重复 (no error)', () => {
    const u = units('redated').find((x) => x.id === 'weihui');
    expect(u).toMatchObject({ state: 'duplicate', file: 'redated/weihui-2.yaml' });
    expect(u?.reasons.some((r) => r.rule === 'unit-mismatch')).toBe(false);
  });
  it('a duplicate with the same items but errors of its own is not hidden behind a clean later copy (red team)', () => {
    const u = units('faulty').find((x) => x.id === 'weihui');
    expect(u).toMatchObject({ state: 'duplicate', status: 'error', file: 'faulty/weihui.yaml', superseded: ['faulty/weihui-0.yaml'] });
    expect(u?.reasons.find((r) => r.rule === 'unit-mismatch')?.message).toMatch(/另一份备案“faulty\/weihui-0\.yaml”有错误/);
  });
  it("卫辉市's failing copy under an id the list does not have is not set apart as 不在名单 beside its clean filing (red team)", () => {
    const all = units('otherid');
    expect(all.map((x) => x.state)).not.toContain('unlisted');
    const u = all.find((x) => x.id === 'weihui');
    expect(u).toMatchObject({ state: 'duplicate', status: 'error' });
    expect([u?.file, ...(u?.superseded ?? [])].sort()).toEqual(['otherid/weihui-v2.yaml', 'otherid/weihui.yaml']);
    expect(u?.reasons.find((r) => r.rule === 'unit-mismatch')?.message).toMatch(/“otherid\/weihui-v2\.yaml”写的是名单中的“卫辉市”，目录编号却是 weihui-v2/);
  });
  it("卫辉市's failing copy under another listed unit's id shows in 卫辉市's row too, not only as 辉县市's 不符 (red team)", () => {
    const r = runCli(['verify', 'elsewhere', '--expect', '名单2.csv', '--report', 'elsewhere.json'], dir);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const all = (JSON.parse(readFileSync(join(dir, 'elsewhere.json'), 'utf8')) as { units: Unit[] }).units;
    expect(all.find((x) => x.id === 'huixian')).toMatchObject({ state: 'mismatch', status: 'error' });
    const u = all.find((x) => x.id === 'weihui');
    expect(u).toMatchObject({ file: 'elsewhere/weihui.yaml', status: 'error' });
    expect(u?.reasons.find((x) => x.rule === 'unit-mismatch')?.message).toMatch(/写的是“卫辉市”的备案“elsewhere\/huixian\.yaml”以目录编号 huixian 报送/);
  });
  it('in English and in the CSV report', () => {
    const u = units('impostor', 'en').find((x) => x.id === 'weihui');
    expect(u?.state).toBe('mismatch');
    expect(u?.reasons[0]?.message).toMatch(/is filed under catalogue id weihui but names region "新乡县"/);
    runCli(['verify', 'impostor', '--expect', '名单.csv', '--report', 'impostor.csv'], dir, { SOURCE_DATE_EPOCH: '1764000000' });
    expect(readFileSync(join(dir, 'impostor.csv'), 'utf8')).toMatch(/卫辉市,weihui,不符,/);
  });

  it('prints the mismatch with the filing and exits 1 (not only in the report)', () => {
    const r = runCli(['verify', 'impostor', '--expect', '名单.csv'], dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('unit-mismatch');
    expect(r.stdout).toContain('应报送 1 个单位，已报送 1 个；1 个单位的编号下有其他单位的备案（不符）：卫辉市（weihui）');
  });
});

describe('verify --expect on the terminal', () => {
  it('names the units that did not file or filed twice; a hand-made table counts for the unit its table names', () => {
    const r = runCli(['verify', 'redated', '--expect', '名单2.csv', '--report', 'redated.json'], dir);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toContain('应报送 3 个单位，已报送 2 个；未报送 1 个：原阳县（yuanyang）；重复报送 1 个（以最新的为准）：卫辉市（weihui）');
    expect(r.status).toBe(0);
    const units = (JSON.parse(readFileSync(join(dir, 'redated.json'), 'utf8')) as { units: Unit[] }).units;
    expect(units.find((u) => u.id === 'huixian')).toMatchObject({
      state: 'filed',
      file: 'redated/huixian.filing.docx',
      document: { type: 'filing', number: '辉教〔2020〕113号', date: '2020-10-28' },
    });
    expect(runCli(['verify', 'redated', '--expect', '名单2.csv', '--lang', 'en'], dir).stdout).toContain(
      '3 unit(s) must file, 2 did; 1 not filed: 原阳县 (yuanyang)',
    );
  });
  it('with --strict a unit that did not file fails the run', () => {
    expect(runCli(['verify', 'redated', '--expect', '名单2.csv', '--strict'], dir).status).toBe(1);
  });
});

describe('shownDocument: 文号 and 成文日期 of a hand-made filing, as the page shows them', () => {
  it('reads the 发文字号 line and the 落款 date in Arabic or Chinese numerals; body text does not count', () => {
    expect(
      shownDocument([
        '辉县市教育局文件',
        '辉教〔2020〕113号\t签发人：刘志刚',
        '已于2020年10月28日以辉教〔2020〕112号文件正式印发',
        '辉县市教育局',
        '2020年10月28日',
      ]),
    ).toEqual({
      type: 'filing',
      number: '辉教〔2020〕113号',
      date: '2020-10-28',
    });
    expect(shownDocument(['二〇二〇年十月八日'])).toEqual({ type: 'filing', date: '2020-10-08' });
    expect(shownDocument(['二〇二〇年十二月三十一日'])).toEqual({ type: 'filing', date: '2020-12-31' });
    expect(shownDocument(['以辉教〔2020〕112号文件印发', '2020年13月1日'])).toEqual({ type: 'filing' });
  });
});

describe('shownDocument: the document type by the title the page shows', () => {
  it('关于印发《…》的通知 is the 印发通知, 关于报送《…》备案的报告 the 备案报告; a title quoted in the body is no title', () => {
    expect(shownDocument(['辉县市教育局文件', '辉教〔2020〕112号', '辉县市教育局关于印发《辉县市义务教育领域基层政务公开标准目录》的通知'])).toEqual({
      type: 'notice',
      number: '辉教〔2020〕112号',
    });
    expect(shownDocument(['辉县市教育局关于报送《辉县市义务教育领域基层政务公开标准目录》备案的报告', '辉县市教育局关于印发《目录》的通知'])).toMatchObject({
      type: 'filing',
    });
    expect(shownDocument(['按照《辉县市教育局关于印发〈目录〉的通知》要求，现报告如下。'])).toMatchObject({ type: 'filing' });
    expect(shownDocument(['辉县市义务教育领域基层政务公开标准目录'])).toMatchObject({ type: 'filing' });
  });
  it('the 印发通知 `build` writes as Word, filed as a hand-made table, is listed as 印发通知', () => {
    const built = runCli(['build', join(repoRoot, 'catalogues', 'huixian.yaml'), '--only', 'notice,docx', '--out', 'built-notice'], dir, {
      SOURCE_DATE_EPOCH: '1764000000',
    });
    expect(built.status).toBe(0);
    mkdirSync(join(dir, 'notice'));
    copyFileSync(join(dir, 'built-notice', 'huixian.notice.docx'), join(dir, 'notice', 'huixian.notice.docx'));
    const r = runCli(['verify', 'notice', '--expect', '名单2.csv', '--report', 'notice.json'], dir);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const all = (JSON.parse(readFileSync(join(dir, 'notice.json'), 'utf8')) as { units: Unit[] }).units;
    expect(all.find((u) => u.id === 'huixian')).toMatchObject({ file: 'notice/huixian.notice.docx', document: { type: 'notice' } });
    runCli(['verify', 'notice', '--expect', '名单2.csv', '--report', 'notice.csv'], dir);
    expect(readFileSync(join(dir, 'notice.csv'), 'utf8')).toMatch(/辉县市,huixian,[^\n]*印发通知/);
  });
});
