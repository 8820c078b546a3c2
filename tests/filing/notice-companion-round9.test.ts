/**
 * Red team round 9 on 印发通知 filed beside their 备案报告 (companion.ts). The notice's table is the report's (same
 * content key), so it is judged with the report's declarations; what its own text says is not a finding of the table
 * and is never covered by them. A Word notice whose body told the schools “其中‘招生计划’一项本县不执行” — words of
 * carrying out, not of publishing — passed beside its report (o21).
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { withDocumentXml } from './office-table.js';
import { repoRoot, tempDir } from './helpers.js';

const dir = tempDir('notice-companion-r9-');
const EPOCH = '1764000000';

interface JsonFile {
  file: string;
  status: string;
  diagnostics: { rule: string; severity: string; message: string }[];
}

function verify(name: string): { status: number; files: JsonFile[] } {
  const r = runCli(['verify', name, '--format', 'json', '--expect', '名单.csv'], dir, { SOURCE_DATE_EPOCH: EPOCH });
  expect(r.stderr).not.toMatch(/\n\s+at /);
  return { status: r.status, files: (JSON.parse(r.stdout) as { files: JsonFile[] }).files };
}

/** The built notice with one paragraph more before 二、工作要求. */
function noticeSaying(text: string): Uint8Array {
  return withDocumentXml(readFileSync(join(dir, 'built', 'fengqiu.notice.docx')), (xml) =>
    xml.replace(/(<w:p[ >](?:(?!<w:p[ >]).)*?二、工作要求)/su, `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>$1`),
  );
}

beforeAll(() => {
  const built = runCli(['build', join(repoRoot, 'catalogues', 'fengqiu.yaml'), '--only', 'notice,filing,docx', '--out', 'built'], dir, {
    SOURCE_DATE_EPOCH: EPOCH,
  });
  expect(built.status, built.stderr).toBe(0);
  writeFileSync(join(dir, '名单.csv'), '地区,编号\n封丘县,fengqiu\n');
}, 180_000);

describe('verify: a 印发通知 whose own text withdraws an item its table still lists', () => {
  it.each([
    ['not-carried-out', '三、其中“招生计划”一项本县不执行。'],
    ['no-need', '三、“招生计划”一项由市教育局负责，各校无需落实。'],
    ['not-in-catalogue', '三、“招生计划”一项不纳入本目录。'],
    ['reference-only', '三、“招生计划”一项仅作参考。'],
  ])('%s: an error on the notice, not covered by the report beside it', (name, text) => {
    mkdirSync(join(dir, name));
    copyFileSync(join(dir, 'built', 'fengqiu.filing.docx'), join(dir, name, 'fengqiu.filing.docx'));
    writeFileSync(join(dir, name, 'fengqiu.notice.docx'), noticeSaying(text));
    const { status, files } = verify(name);
    expect(status).toBe(1);
    const notice = files.find((f) => f.file.endsWith('notice.docx'));
    expect(notice?.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule)).toEqual(['withdrawn-disclosure']);
  });

  it("o22: a notice publishing the catalogue as a draft (征求意见稿) in its title and 附件 is an error, not its report's companion", () => {
    mkdirSync(join(dir, 'draft'));
    copyFileSync(join(dir, 'built', 'fengqiu.filing.docx'), join(dir, 'draft', 'fengqiu.filing.docx'));
    const title = '封丘县义务教育领域基层政务公开标准目录';
    const draft = withDocumentXml(readFileSync(join(dir, 'built', 'fengqiu.notice.docx')), (xml) => xml.replaceAll(title, `${title}（征求意见稿）`));
    writeFileSync(join(dir, 'draft', 'fengqiu.notice.docx'), draft);
    const { status, files } = verify('draft');
    expect(status).toBe(1);
    const notice = files.find((f) => f.file.endsWith('notice.docx'));
    expect(notice?.diagnostics.some((d) => d.rule === 'withdrawn-disclosure' && d.severity === 'error' && d.message.includes('征求意见稿'))).toBe(true);
  });

  it('o23: a notice printing its table under another catalogue title than its report is no companion: judged alone', () => {
    mkdirSync(join(dir, 'retitled'));
    copyFileSync(join(dir, 'built', 'fengqiu.filing.docx'), join(dir, 'retitled', 'fengqiu.filing.docx'));
    const title = '封丘县义务教育领域基层政务公开标准目录';
    const other = withDocumentXml(readFileSync(join(dir, 'built', 'fengqiu.notice.docx')), (xml) =>
      xml.replaceAll(title, '封丘县义务教育领域基层政务公开参考目录'),
    );
    writeFileSync(join(dir, 'retitled', 'fengqiu.notice.docx'), other);
    const { status, files } = verify('retitled');
    expect(status).toBe(1);
    const notice = files.find((f) => f.file.endsWith('notice.docx'));
    expect(notice?.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule)).toEqual(expect.arrayContaining(['removed-item', 'removed-channel']));
  });

  it('control: the notice as built, with a paragraph that withdraws nothing, passes beside its report', () => {
    mkdirSync(join(dir, 'control'));
    copyFileSync(join(dir, 'built', 'fengqiu.filing.docx'), join(dir, 'control', 'fengqiu.filing.docx'));
    writeFileSync(join(dir, 'control', 'fengqiu.notice.docx'), noticeSaying('三、各单位要不折不扣地抓好落实，严格执行《目录》。'));
    expect(verify('control').status).toBe(0);
  });
});
