/** A local copy of a shipped municipal baseline may add, never remove or weaken: it is checked against the shipped one. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/check/check.js';
import { fsHost } from '../../src/app/host.js';
import { repoRoot } from '../helpers/check.js';

const shipped = readFileSync(join(repoRoot, 'catalogues/xinxiang/2020.yaml'), 'utf8');

function checkCopy(text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'municipal-copy-'));
  mkdirSync(join(dir, 'catalogues/xinxiang'), { recursive: true });
  const path = join(dir, 'catalogues/xinxiang/2020.yaml');
  writeFileSync(path, text);
  return checkSource(path, readFileSync(path), fsHost(dir), { lang: 'zh' }).result.diagnostics;
}

describe('a local catalogues/xinxiang/2020.yaml', () => {
  it('identical to the shipped one: nothing to report', () => {
    expect(checkCopy(shipped)).toEqual([]);
  });

  it('with a weakened time limit: the county rules find it', () => {
    const edited = shipped.replace('timeLimit: 信息形成或者变更之日起20个工作日内', 'timeLimit: 信息形成或者变更之日起一〇〇个工作日内');
    const found = checkCopy(edited)
      .filter((d) => d.severity === 'error')
      .map((d) => d.rule);
    expect(found).toEqual(['extended-time-limit']);
  });
});
