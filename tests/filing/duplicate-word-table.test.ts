/**
 * A county files its YAML and the Word table `build --only docx` wrote from it, in one inbox. A hand-made table carries
 * no item ids (an added row is named weihui.row-N), so the two read as 内容不同 (unit-mismatch, an error) though
 * every item the reader sees is the same. Two filings of one unit are now compared by what they resolve to — each
 * category's and item's name and elements — not by ids; a Word table that differs is still flagged.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { repoRoot, tempDir } from './helpers.js';
import { builtWordFiling } from './verify-folder.js';

const dir = tempDir('duplicate-word-');
const weihui = readFileSync(join(repoRoot, 'catalogues', 'weihui.yaml'), 'utf8').replace(/^extends: .*$/m, 'extends: xinxiang@2020');
let built: Uint8Array;

interface Unit {
  id: string;
  state: string;
  status: string | null;
  file: string | null;
  superseded: string[];
  reasons: { rule: string; severity: string; message: string }[];
}

function unit(inbox: string, docx: Uint8Array): Unit | undefined {
  mkdirSync(join(dir, inbox));
  writeFileSync(join(dir, inbox, 'weihui.yaml'), weihui);
  writeFileSync(join(dir, inbox, 'weihui.filing.docx'), docx);
  const r = runCli(['verify', inbox, '--expect', '名单.csv', '--report', `${inbox}.json`], dir, { SOURCE_DATE_EPOCH: '1764000000' });
  expect(r.stderr).not.toMatch(/\n\s+at /);
  return (JSON.parse(readFileSync(join(dir, `${inbox}.json`), 'utf8')) as { units: Unit[] }).units.find((u) => u.id === 'weihui');
}

beforeAll(() => {
  writeFileSync(join(dir, 'weihui.yaml'), weihui);
  writeFileSync(join(dir, '名单.csv'), '地区,编号\n卫辉市,weihui\n');
  built = builtWordFiling(dir, 'weihui.yaml');
}, 120_000);

describe('a YAML source and the Word table built from it, filed together', () => {
  it('are one catalogue: a plain 重复, no unit-mismatch', () => {
    const u = unit('same', built);
    expect(u).toMatchObject({ state: 'duplicate' });
    expect(u?.reasons.filter((r) => r.rule === 'unit-mismatch')).toEqual([]);
  });

  it('a Word table whose added item says otherwise is 内容不同', () => {
    const parts = unzipSync(built);
    const xml = strFromU8(parts['word/document.xml'] as Uint8Array);
    const changed = xml.replace('>摇号办法<', '>摇号规则<');
    expect(changed).not.toBe(xml);
    parts['word/document.xml'] = strToU8(changed);
    const u = unit('changed', zipSync(parts));
    expect(u?.reasons.find((r) => r.rule === 'unit-mismatch')?.message).toMatch(/内容不同/);
  });
});
