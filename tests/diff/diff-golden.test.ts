import { describe, expect, it } from 'vitest';
import { diffCatalogues } from '../../src/diff/diff.js';
import { DIFF_FORMATTERS } from '../../src/diff/format.js';
import { runCli } from '../helpers/cli.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolvedOf } from './resolved.js';

/*
 * Golden files: the diff between the baseline and each example, in every format. After an intended change,
 * review and refresh them with `npx vitest run tests/diff -u`.
 */

const BASELINE = 'catalogues/xinxiang/2020.yaml';
const EXAMPLES = ['weihui', 'huixian', 'fengqiu', 'yuanyang', 'schools/weihui-shiyan'];
const EXT: Readonly<Record<string, string>> = { text: 'txt', markdown: 'md', json: 'json' };

const goldenName = (example: string, format: string, lang = 'zh'): string =>
  `golden/${example.replace('/', '-')}${lang === 'zh' ? '' : `.${lang}`}.${EXT[format] ?? format}`;

describe('catalog diff: the baseline against each example (golden files)', () => {
  for (const example of EXAMPLES) {
    for (const format of Object.keys(EXT)) {
      it(`${example} as ${format}`, async () => {
        const file = `catalogues/${example}.yaml`;
        const diff = diffCatalogues(resolvedOf(BASELINE), resolvedOf(file), BASELINE, file);
        const out = DIFF_FORMATTERS[format]?.(diff, { lang: 'zh', color: false }) ?? '';
        await expect(out).toMatchFileSnapshot(goldenName(example, format));
      });
    }
  }

  it('weihui in English', async () => {
    const diff = diffCatalogues(resolvedOf(BASELINE), resolvedOf('catalogues/weihui.yaml'), BASELINE, 'catalogues/weihui.yaml');
    await expect(DIFF_FORMATTERS.text?.(diff, { lang: 'en', color: false })).toMatchFileSnapshot(goldenName('weihui', 'text', 'en'));
  });
});

describe('catalog diff on the command line', () => {
  const golden = (name: string): string => readFileSync(join(import.meta.dirname, name), 'utf8');

  it('prints the same table as the golden file, exit 0 (a diff is information)', () => {
    const r = runCli(['diff', BASELINE, 'catalogues/weihui.yaml']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(golden(goldenName('weihui', 'text')));
    expect(r.stderr).toBe('');
  });

  it('--format markdown and json, --lang en', () => {
    expect(runCli(['diff', BASELINE, 'catalogues/fengqiu.yaml', '--format', 'markdown']).stdout).toBe(golden(goldenName('fengqiu', 'markdown')));
    expect(runCli(['diff', BASELINE, 'catalogues/huixian.yaml', '-f', 'json']).stdout).toBe(golden(goldenName('huixian', 'json')));
    expect(runCli(['diff', BASELINE, 'catalogues/weihui.yaml', '--lang', 'en']).stdout).toBe(golden(goldenName('weihui', 'text', 'en')));
  });

  it('two versions of a county catalogue', () => {
    const r = runCli(['diff', 'tests/diff/fixtures/county-v1.yaml', 'tests/diff/fixtures/county-v2.yaml', '-f', 'json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).summary).toEqual({ added: 1, removed: 1, changed: 3 });
  });

  it('exit 2 on a missing file, a folder or an unknown format; one line, no stack trace', () => {
    for (const args of [
      ['diff', BASELINE, 'nope.yaml'],
      ['diff', 'catalogues', BASELINE],
      ['diff', BASELINE, BASELINE, '-f', 'xml'],
    ]) {
      const r = runCli(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('exit 1 with the findings on stderr when a file cannot be resolved', () => {
    const r = runCli(['diff', BASELINE, 'tests/diff/fixtures/unresolvable.yaml']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('unknown-baseline');
    expect(r.stderr).toContain('无法得到完整目录');
  });

  it('--help in Chinese and English', () => {
    expect(runCli(['diff', '--help']).stdout).toContain('用法：');
    expect(runCli(['diff', '--help', '--lang', 'en']).stdout).toContain('what NEW adds');
  });
});
