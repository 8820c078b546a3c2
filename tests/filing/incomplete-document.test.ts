/** incomplete-document: a filed source or PDF without 文号 or 成文日期 is a warning; the examples have both. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, tempDir, verify, verifyEnv } from './helpers.js';

const rule = 'incomplete-document';
const dir = tempDir();
const source = readFileSync(join(repoRoot, 'catalogues', 'yuanyang.yaml'), 'utf8').replace(/^extends: .*$/m, 'extends: xinxiang@2020');

describe(rule, () => {
  it('is silent for a source with number and date', async () => {
    writeFileSync(join(dir, 'full.yaml'), source);
    const o = await verify(join(dir, 'full.yaml'), verifyEnv(dir));
    expect(o.result.diagnostics.filter((d) => d.rule === rule)).toEqual([]);
    expect(o.facts.document).toMatchObject({ type: 'source', date: '2020-10-27' });
  });

  it('warns once for a blank number and once for a blank date', async () => {
    writeFileSync(join(dir, 'blank.yaml'), source.replace(/^ +(filingNumber|number|date): .*\n/gm, ''));
    const o = await verify(join(dir, 'blank.yaml'), verifyEnv(dir));
    const found = o.result.diagnostics.filter((d) => d.rule === rule);
    expect(found.map((d) => d.severity)).toEqual(['warning', 'warning']);
    expect(found.map((d) => d.message).join()).toContain('document.filingNumber');
    expect(o.facts.document).toEqual({ type: 'source' });
  });
});
