/** verify's inputs: files as given, folders to every *.pdf/*.yaml below, `*`/`**`/`?` globs expanded by the tool itself. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/app/host.js';
import { expandFilings } from '../../src/app/verify-inputs.js';
import { tempDir } from '../filing/helpers.js';

const dir = tempDir();
const rel = (paths: readonly string[]): string[] =>
  paths.map((p) =>
    p
      .slice(dir.length + 1)
      .split('\\')
      .join('/'),
  );

beforeAll(() => {
  for (const f of [
    '收文/卫辉市/weihui.filing.pdf',
    '收文/卫辉市/weihui.yaml',
    '收文/辉县市/huixian.filing.pdf',
    '收文/辉县市/说明.docx',
    '收文/.hidden/x.pdf',
    '收文/a.PDF',
    'other/b.yml',
  ]) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), 'x');
  }
});

describe('globs (tinyglobby)', () => {
  it('matches * and ? within a name and ** across folders', () => {
    expect(rel(expandFilings(['收文/*.PDF'], dir, 'zh'))).toEqual(['收文/a.PDF']);
    expect(rel(expandFilings(['收文/?.PDF'], dir, 'zh'))).toEqual(['收文/a.PDF']);
    expect(rel(expandFilings(['**/*.yml'], dir, 'zh'))).toEqual(['other/b.yml']);
    expect(() => expandFilings(['收文/??.PDF'], dir, 'zh')).toThrow('没有文件');
  });
});

describe('expandFilings', () => {
  it('takes every file below a folder (those it does not verify are listed as such), hidden folders too (a failing copy cannot hide there)', () => {
    expect(rel(expandFilings(['收文'], dir, 'zh'))).toEqual(
      [
        '收文/.hidden/x.pdf',
        '收文/a.PDF',
        '收文/卫辉市/weihui.filing.pdf',
        '收文/卫辉市/weihui.yaml',
        '收文/辉县市/huixian.filing.pdf',
        '收文/辉县市/说明.docx',
      ].sort(),
    );
  });

  it('expands globs itself, with / or \\ as the separator (Windows shells pass them through)', () => {
    expect(rel(expandFilings(['收文/**/*.pdf'], dir, 'zh'))).toEqual(['收文/.hidden/x.pdf', '收文/卫辉市/weihui.filing.pdf', '收文/辉县市/huixian.filing.pdf']);
    expect(rel(expandFilings(['收文\\*\\*.yaml'], dir, 'zh'))).toEqual(['收文/卫辉市/weihui.yaml']);
  });

  it('keeps a file named explicitly whatever its extension, and each file once', () => {
    expect(rel(expandFilings(['收文/辉县市/说明.docx', '收文/辉县市', '收文/辉县市/huixian.filing.pdf'], dir, 'zh'))).toEqual([
      '收文/辉县市/huixian.filing.pdf',
      '收文/辉县市/说明.docx',
    ]);
  });

  it('makes a usage error of nothing, a missing path, an empty folder and a glob matching nothing', () => {
    mkdirSync(join(dir, 'empty'), { recursive: true });
    expect(() => expandFilings([], dir, 'zh')).toThrow(UsageError);
    expect(() => expandFilings(['nowhere.pdf'], dir, 'zh')).toThrow('找不到“nowhere.pdf”');
    expect(() => expandFilings(['empty'], dir, 'en')).toThrow('No files in "empty"');
    expect(() => expandFilings(['收文/**/*.ofd'], dir, 'zh')).toThrow('没有文件与“收文/**/*.ofd”匹配');
  });
});
