/**
 * A county with declared deviations files both documents of one build: its 备案报告 (which declares them in
 * 三、调整事项) and its 印发通知 (which prints the same table and declares nothing). Before, the notice read as a
 * table had removed-item and removed-channel errors, and the unit row read 重复 / 有错误 — though the county did
 * exactly what it should. Now the 备案报告 is the unit's filing and a notice whose printed table is the same content
 * is its companion, judged with the report's declarations. Nothing the notice says about itself is trusted: a notice
 * alone, or one whose table differs from the report's, is judged strictly.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { withDocumentXml } from './office-table.js';
import { repoRoot, tempDir } from './helpers.js';

const dir = tempDir('notice-companion-');
const EPOCH = '1764000000';

interface JsonFile {
  file: string;
  status: string;
  diagnostics: { rule: string; severity: string; message: string; target?: string }[];
}
interface Unit {
  id: string;
  state: string;
  status: string | null;
  file: string | null;
  document: { type: string; number?: string } | null;
  superseded: string[];
  companions: string[];
  reasons: { rule: string; severity: string; message: string }[];
}

function inbox(name: string, files: Readonly<Record<string, string | Uint8Array>>): void {
  mkdirSync(join(dir, name));
  for (const [to, from] of Object.entries(files)) {
    if (typeof from === 'string') copyFileSync(join(dir, 'built', from), join(dir, name, to));
    else writeFileSync(join(dir, name, to), from);
  }
}

function verify(name: string, extra: readonly string[] = []): { status: number; files: JsonFile[]; unit: Unit | undefined } {
  const r = runCli(['verify', name, '--format', 'json', '--expect', '名单.csv', '--report', `${name}.json`, ...extra], dir, { SOURCE_DATE_EPOCH: EPOCH });
  expect(r.stderr).not.toMatch(/\n\s+at /);
  const files = (JSON.parse(r.stdout) as { files: JsonFile[] }).files;
  const units = (JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as { units: Unit[] }).units;
  return { status: r.status, files, unit: units.find((u) => u.id === 'fengqiu') };
}

const errors = (f: JsonFile | undefined): string[] => (f?.diagnostics ?? []).filter((d) => d.severity === 'error').map((d) => d.rule);

beforeAll(() => {
  const built = runCli(['build', join(repoRoot, 'catalogues', 'fengqiu.yaml'), '--out', 'built'], dir, { SOURCE_DATE_EPOCH: EPOCH });
  expect(built.status, built.stderr).toBe(0);
  writeFileSync(join(dir, '名单.csv'), '\uFEFF地区,编号\r\n封丘县,fengqiu\r\n');
  inbox('word', { 'fengqiu.filing.docx': 'fengqiu.filing.docx', 'fengqiu.notice.docx': 'fengqiu.notice.docx' });
  inbox('pdf', { 'fengqiu.filing.pdf': 'fengqiu.filing.pdf', 'fengqiu.notice.pdf': 'fengqiu.notice.pdf' });
  inbox('mixed-a', { 'fengqiu.filing.pdf': 'fengqiu.filing.pdf', 'fengqiu.notice.docx': 'fengqiu.notice.docx' });
  inbox('mixed-b', { 'fengqiu.filing.docx': 'fengqiu.filing.docx', 'fengqiu.notice.pdf': 'fengqiu.notice.pdf' });
  inbox('alone', { 'fengqiu.notice.docx': 'fengqiu.notice.docx' });
  // The "notice" prints a table that also drops 公开查阅点 from 教育统计数据, which the report keeps.
  const notice = readFileSync(join(dir, 'built', 'fengqiu.notice.docx'));
  const dropped = withDocumentXml(notice, (xml) =>
    xml.replace(/<w:tr[ >](?:(?!<\/w:tr>).)*?>教育统计<(?:(?!<\/w:tr>).)*<\/w:tr>/su, (row) =>
      row.replace(/<w:p>(?:(?!<\/w:p>).)*>公开查阅点<\/w:t>(?:(?!<\/w:p>).)*<\/w:p>/su, ''),
    ),
  );
  inbox('dropped', { 'fengqiu.filing.docx': 'fengqiu.filing.docx', 'fengqiu.notice.docx': dropped });
  // The same table, with a withdrawal under it: not a declarable finding, the notice keeps its error.
  const withdrawn = withDocumentXml(notice, (xml) =>
    xml.replace(/(<w:sectPr[ >](?:(?!<w:sectPr[ >]).)*<\/w:body>)/su, '<w:p><w:r><w:t>招生计划暂不公开。</w:t></w:r></w:p>$1'),
  );
  inbox('withdrawn', { 'fengqiu.filing.docx': 'fengqiu.filing.docx', 'fengqiu.notice.docx': withdrawn });
}, 180_000);

describe('verify: the 印发通知 and the 备案报告 of one build, filed together', () => {
  it.each([
    ['word', 'fengqiu.filing.docx', 'fengqiu.notice.docx'],
    ['pdf', 'fengqiu.filing.pdf', 'fengqiu.notice.pdf'],
    ['mixed-a', 'fengqiu.filing.pdf', 'fengqiu.notice.docx'],
    ['mixed-b', 'fengqiu.filing.docx', 'fengqiu.notice.pdf'],
  ])('%s: the report is the filing, the notice its same-content companion; not failed', (name, filing, notice) => {
    const { status, files, unit } = verify(name);
    expect(status).toBe(0);
    const n = files.find((f) => f.file === `${name}/${notice}`);
    expect(errors(n)).toEqual([]);
    // The notice's removals are the report's declared deviations, shown as such.
    expect(n?.diagnostics.filter((d) => d.rule === 'deviation').map((d) => d.target)).toEqual(['private.supervision', 'overview.development#channel']);
    expect(unit).toMatchObject({
      state: 'filed',
      status: 'warning',
      file: `${name}/${filing}`,
      document: { type: 'filing', number: '封教〔2020〕79号' },
      superseded: [],
      companions: [`${name}/${notice}`],
    });
    expect(unit?.reasons).toEqual([]);
    // Without the list, the terminal verdict is the same.
    const plain = runCli(['verify', name, '--report', `${name}-plain.json`], dir, { SOURCE_DATE_EPOCH: EPOCH });
    expect(plain.status, plain.stdout).toBe(0);
    expect(plain.stdout).not.toMatch(/removed-(item|channel)$/m);
    // …and the report has one row, the notice with its report (a Word notice has no id of its own to group by).
    const rows = (JSON.parse(readFileSync(join(dir, `${name}-plain.json`), 'utf8')) as { units: Unit[] }).units;
    expect(rows.map((u) => [u.state, u.file, u.companions])).toEqual([['filed', `${name}/${filing}`, [`${name}/${notice}`]]]);
  });

  it('the Word notice names the report whose declarations it is judged with, in Chinese and in English', () => {
    const zh = verify('word');
    const n = zh.files.find((f) => f.file === 'word/fengqiu.notice.docx');
    expect(n?.diagnostics.find((d) => d.target === 'private.supervision')?.message).toContain('备案报告“word/fengqiu.filing.docx”');
    const md = runCli(['verify', 'word', '--expect', '名单.csv', '--report', 'word.md'], dir, { SOURCE_DATE_EPOCH: EPOCH });
    expect(md.status).toBe(0);
    expect(readFileSync(join(dir, 'word.md'), 'utf8')).toContain('同一内容的印发通知：word/fengqiu.notice.docx');
    const en = verify('word', ['--lang', 'en']);
    const e = en.files.find((f) => f.file === 'word/fengqiu.notice.docx');
    expect(e?.diagnostics.find((d) => d.target === 'overview.development#channel')?.message).toMatch(
      /^row 5 \(.*\): Declared deviation \(in the filing report "word\/fengqiu\.filing\.docx"\)/,
    );
  });

  it('a notice filed alone is judged strictly: its undeclared removals are errors', () => {
    const { status, files, unit } = verify('alone');
    expect(status).toBe(1);
    expect(errors(files[0]).sort()).toEqual(['removed-channel', 'removed-item']);
    expect(unit).toMatchObject({ state: 'filed', status: 'error', file: 'alone/fengqiu.notice.docx', document: { type: 'notice' }, companions: [] });
  });

  it('a notice whose table drops a channel the report keeps is judged strictly and flagged as other content', () => {
    const { status, files, unit } = verify('dropped');
    expect(status).toBe(1);
    const n = files.find((f) => f.file === 'dropped/fengqiu.notice.docx');
    const channel = n?.diagnostics.filter((d) => d.rule === 'removed-channel' && d.severity === 'error').map((d) => d.target);
    expect(channel).toEqual(expect.arrayContaining(['overview.statistics#channel', 'overview.development#channel']));
    expect(unit).toMatchObject({ state: 'duplicate', status: 'error', file: 'dropped/fengqiu.filing.docx', companions: [] });
    expect(unit?.superseded).toEqual(['dropped/fengqiu.notice.docx']);
    expect(unit?.reasons.find((r) => r.rule === 'unit-mismatch')?.message).toMatch(/内容不同/);
  });

  it('a same-table notice with an error of its own is not hidden behind its report: 重复, unit-mismatch', () => {
    const { status, files, unit } = verify('withdrawn');
    expect(status).toBe(1);
    const n = files.find((f) => f.file === 'withdrawn/fengqiu.notice.docx');
    expect(errors(n)).toEqual(['withdrawn-disclosure']);
    expect(n?.diagnostics.filter((d) => d.rule === 'deviation')).toHaveLength(2);
    expect(unit).toMatchObject({ state: 'duplicate', status: 'error', file: 'withdrawn/fengqiu.filing.docx', companions: [] });
    expect(unit?.reasons.map((r) => r.rule)).toEqual(['unit-mismatch']);
  });
});
