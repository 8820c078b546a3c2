/**
 * A county may build with its own templates (`build --templates DIR`); the PDF embeds them and verify rebuilds the pages
 * with them, so the integrity check holds whatever they say. Before, nothing read the text a county's template adds:
 * a 印发通知 PDF whose body said “其中‘招生计划’一项暂不公开” passed beside its report (its removals the report's declared
 * deviations), and a clean county's notice with it was set aside as 未核验 (red team round 9, o20). Now each paragraph
 * of the body that the shipped template does not write for that catalogue is read like the text around a hand-made
 * table: a withdrawal there is an error (not declarable: a companion's report does not cover it).
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { repoRoot, tempDir } from './helpers.js';

const dir = tempDir('notice-template-');
const EPOCH = '1764000000';
const WITHDRAWAL = '三、其中“招生计划”一项暂不公开，待上级批准后再行公布。';

interface JsonFile {
  file: string;
  status: string;
  diagnostics: { rule: string; severity: string; message: string }[];
}

function build(catalogue: string, out: string, templates?: string): void {
  const r = runCli(
    ['build', join(repoRoot, 'catalogues', catalogue), '--only', 'notice,filing,pdf', '--out', out, ...(templates ? ['--templates', templates] : [])],
    dir,
    { SOURCE_DATE_EPOCH: EPOCH },
  );
  expect(r.status, r.stderr).toBe(0);
}

function verify(files: readonly string[]): { status: number; files: JsonFile[] } {
  const r = runCli(['verify', ...files, '--format', 'json', '--expect', '名单.csv'], dir, { SOURCE_DATE_EPOCH: EPOCH });
  expect(r.stderr).not.toMatch(/\n\s+at /);
  return { status: r.status, files: (JSON.parse(r.stdout) as { files: JsonFile[] }).files };
}

const withdrawn = (f: JsonFile | undefined): string[] =>
  (f?.diagnostics ?? []).filter((d) => d.rule === 'withdrawn-disclosure' && d.severity === 'error').map((d) => d.message);

beforeAll(() => {
  // The county's own templates: the shipped ones with one paragraph more.
  for (const [name, file] of [
    ['notice', 'notice.hbs'],
    ['filing', 'filing.hbs'],
  ] as const) {
    mkdirSync(join(dir, name));
    cpSync(join(repoRoot, 'templates'), join(dir, name), { recursive: true });
    const text = readFileSync(join(dir, name, file), 'utf8');
    const edited = text.replace(/^二、工作要求。/m, `${WITHDRAWAL}\n\n二、工作要求。`).replace(/^(三、调整事项)/m, `${WITHDRAWAL}\n\n$1`);
    expect(edited).not.toBe(text);
    writeFileSync(join(dir, name, file), edited);
  }
  // Controls: a benign paragraph more in the notice; the report's declarations worded otherwise (理由 → 调整原因), their
  // reasons (fengqiu's says 不再另设公开查阅点) being the declarations the bureau reads.
  mkdirSync(join(dir, 'benign'));
  cpSync(join(repoRoot, 'templates'), join(dir, 'benign'), { recursive: true });
  const notice = readFileSync(join(dir, 'benign', 'notice.hbs'), 'utf8');
  writeFileSync(join(dir, 'benign', 'notice.hbs'), notice.replace(/^二、工作要求。/m, '三、各单位要不折不扣地抓好落实。\n\n二、工作要求。'));
  const filing = readFileSync(join(dir, 'benign', 'filing.hbs'), 'utf8');
  expect(filing).toContain('。理由：{{reason}}');
  writeFileSync(join(dir, 'benign', 'filing.hbs'), filing.replace('。理由：{{reason}}', '。调整原因：{{reason}}'));
  build('fengqiu.yaml', 'benign', 'benign');
  build('fengqiu.yaml', 'genuine');
  build('weihui.yaml', 'genuine');
  build('fengqiu.yaml', 'own-notice', 'notice');
  build('weihui.yaml', 'own-notice', 'notice');
  build('fengqiu.yaml', 'own-filing', 'filing');
  writeFileSync(join(dir, '名单.csv'), '地区,编号\n封丘县,fengqiu\n卫辉市,weihui\n');
}, 300_000);

describe('verify: text a county template adds to a PDF', () => {
  it('the genuine notices and reports, built with the shipped templates, pass', () => {
    const { status, files } = verify(['genuine/fengqiu.filing.pdf', 'genuine/fengqiu.notice.pdf', 'genuine/weihui.filing.pdf', 'genuine/weihui.notice.pdf']);
    expect(status).toBe(0);
    for (const f of files) expect(withdrawn(f), f.file).toEqual([]);
  });

  it('controls: a benign paragraph in the notice, the declarations worded otherwise in the report: they pass', () => {
    const { status, files } = verify(['benign/fengqiu.filing.pdf', 'benign/fengqiu.notice.pdf']);
    expect(status).toBe(0);
    for (const f of files) expect(withdrawn(f), f.file).toEqual([]);
  });

  it('a notice whose body withdraws an item fails, beside its report (a companion) or alone (clean catalogue)', () => {
    const { status, files } = verify([
      'genuine/fengqiu.filing.pdf',
      'own-notice/fengqiu.notice.pdf',
      'genuine/weihui.filing.pdf',
      'own-notice/weihui.notice.pdf',
    ]);
    expect(status).toBe(1);
    for (const name of ['own-notice/fengqiu.notice.pdf', 'own-notice/weihui.notice.pdf']) {
      const f = files.find((x) => x.file === name);
      expect(f?.status, name).toBe('error');
      expect(withdrawn(f)[0], name).toContain('暂不公开');
    }
  });

  it('a report whose body withdraws an item fails', () => {
    const { status, files } = verify(['own-filing/fengqiu.filing.pdf']);
    expect(status).toBe(1);
    expect(withdrawn(files[0])[0]).toContain('暂不公开');
  });
});
