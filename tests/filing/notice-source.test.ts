/**
 * Red team (round 6, attack 61): a notice PDF (印发通知) in the inbox was listed as 未核验 once it painted what its
 * embedded source does, whatever that source held. A county built its notice — the document it publishes — from a
 * catalogue that drops 政府网站 from 招生计划 (the build step skipped), filed its clean catalogue beside it, and read
 * 已报送 / 通过. A notice whose source has errors is now judged like a filing: it joins its unit's row.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSource } from '../../src/check/check.js';
import { renderCatalogue } from '../../src/build/render.js';
import { fsHost } from '../../src/app/host.js';
import { templatesDir, toolVersion } from '../../src/util/paths.js';
import { runCli } from '../helpers/cli.js';
import { repoRoot, tempDir } from './helpers.js';

const dir = tempDir();
const weihui = readFileSync(join(repoRoot, 'catalogues', 'weihui.yaml'), 'utf8').replace(/^extends: .*$/m, 'extends: xinxiang@2020');
const dropped = readFileSync(join(repoRoot, 'tests', 'filing', 'fixtures', 'weihui-dropped-channel.yaml'), 'utf8').replace(
  /^extends: .*$/m,
  'extends: xinxiang@2020',
);

async function notice(source: string, name: string): Promise<Uint8Array> {
  const path = join(dir, name);
  writeFileSync(path, source);
  const checked = checkSource(path, readFileSync(path), fsHost(dir), { lang: 'zh' });
  const templates = {
    notice: readFileSync(join(templatesDir, 'notice.hbs'), 'utf8'),
    filing: readFileSync(join(templatesDir, 'filing.hbs'), 'utf8'),
    portal: '',
  };
  const [file] = await renderCatalogue({
    checked,
    date: { iso: '2020-10-28', undated: false },
    templates,
    selection: { notice: true, filing: false, html: false, docx: false, pdf: true },
    profile: 'gbt9704',
    toolVersion: toolVersion(),
  });
  return file?.bytes as Uint8Array;
}

beforeAll(async () => {
  for (const inbox of ['bad', 'good']) mkdirSync(join(dir, inbox));
  writeFileSync(join(dir, 'bad', 'weihui.yaml'), weihui);
  writeFileSync(join(dir, 'bad', 'weihui.notice.pdf'), await notice(dropped, 'dropped.yaml'));
  writeFileSync(join(dir, 'good', 'weihui.yaml'), weihui);
  writeFileSync(join(dir, 'good', 'weihui.notice.pdf'), await notice(weihui, 'clean.yaml'));
  writeFileSync(join(dir, '名单.csv'), '地区,编号\n卫辉市,weihui\n');
}, 120_000);

interface Report {
  units: { id: string; state: string; status: string | null; superseded: string[]; reasons: { rule: string; severity: string; message: string }[] }[];
}

function decide(inbox: string, lang = 'zh'): { status: number; stdout: string; report: Report } {
  const r = runCli(['verify', inbox, '--expect', '名单.csv', '--report', `${inbox}.json`, '--lang', lang], dir);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  return { status: r.status, stdout: r.stdout, report: JSON.parse(readFileSync(join(dir, `${inbox}.json`), 'utf8')) as Report };
}

describe('verify --expect: a notice PDF built from a failing catalogue', () => {
  it("is weihui's second filing, with its errors: the unit is not 通过, exit 1", () => {
    const { status, report } = decide('bad');
    expect(status).toBe(1);
    const u = report.units.find((x) => x.id === 'weihui');
    expect(u).toMatchObject({ status: 'error', superseded: ['bad/weihui.notice.pdf'] });
    expect(u?.reasons.some((x) => x.rule === 'unit-mismatch' && x.severity === 'error' && x.message.includes('bad/weihui.notice.pdf'))).toBe(true);
  });
  it('a notice built from the clean catalogue is still listed as 未核验, and the unit passes', () => {
    const { status, report } = decide('good');
    expect(status).toBe(0);
    expect(report.units.find((x) => x.id === 'weihui')).toMatchObject({ state: 'filed', status: 'ok' });
  });
});
