/**
 * Red team (round 6, attack 60): verify walked a folder as check does, skipping hidden entries and node_modules, so a
 * unit's failing copy named `.weihui-0.yaml` (or put in `.收文/`, `node_modules/`) dropped out of the decision unseen
 * and the unit read 已报送 / 通过. verify now reads every file below a folder.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { repoRoot, tempDir } from './helpers.js';

const dir = tempDir();
const weihui = readFileSync(join(repoRoot, 'catalogues', 'weihui.yaml'), 'utf8').replace(/^extends: .*$/m, 'extends: xinxiang@2020');
/** The same items under a title that suspends the catalogue, dated earlier: the copy the county may publish (attack 24). */
const suspended = weihui.replace(/^title: .*$/m, 'title: 卫辉市义务教育领域基层政务公开标准目录（暂停执行）').replace(/^( +date: ).*$/m, '$12020-10-01');

beforeAll(() => {
  for (const [inbox, name] of [
    ['dotfile', '.weihui-0.yaml'],
    ['dotdir', '.收文/weihui-0.yaml'],
    ['modules', 'node_modules/weihui-0.yaml'],
  ] as const) {
    mkdirSync(join(dir, inbox, name, '..'), { recursive: true });
    writeFileSync(join(dir, inbox, 'weihui.yaml'), weihui);
    writeFileSync(join(dir, inbox, name), suspended);
  }
  writeFileSync(join(dir, '名单.csv'), '地区,编号\n卫辉市,weihui\n');
});

describe('verify FOLDER --expect: hidden files and folders are read', () => {
  for (const [inbox, file] of [
    ['dotfile', 'dotfile/.weihui-0.yaml'],
    ['dotdir', 'dotdir/.收文/weihui-0.yaml'],
    ['modules', 'dotfile/node_modules/weihui-0.yaml'.replace('dotfile', 'modules')],
  ] as const) {
    it(`${inbox}: the failing copy ${file} is weihui's second filing, with an error; exit 1`, () => {
      const r = runCli(['verify', inbox, '--expect', '名单.csv', '--report', `${inbox}.json`], dir);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.status).toBe(1);
      const report = JSON.parse(readFileSync(join(dir, `${inbox}.json`), 'utf8')) as {
        units: { id: string; state: string; status: string; superseded: string[]; reasons: { rule: string; message: string }[] }[];
      };
      const u = report.units.find((x) => x.id === 'weihui');
      expect(u).toMatchObject({ state: 'duplicate', status: 'error', superseded: [file] });
      expect(u?.reasons.some((x) => x.rule === 'unit-mismatch' && x.message.includes(file))).toBe(true);
    });
  }
});
