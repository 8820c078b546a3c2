/** `catalog fix`'s core: text edits that change only the characters at fault, on the real fixture. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixSource } from '../../src/authoring/fix.js';
import { checkFixture, fixturesDir, only } from '../helpers/check.js';

const dir = join(fixturesDir, 'rules', 'halfwidth-punctuation');
const slips = readFileSync(join(dir, 'slips.yaml'));
const golden = readFileSync(join(dir, 'slips.fixed.yaml'), 'utf8');
const encode = (s: string): Uint8Array => new TextEncoder().encode(s);

function fixed(bytes: Uint8Array): Extract<ReturnType<typeof fixSource>, { kind: 'fixed' }> {
  const r = fixSource('slips.yaml', bytes);
  if (r.kind !== 'fixed') throw new Error('refused');
  return r;
}

/** The line without the punctuation a fix may change (and the blanks it may remove). */
const skeleton = (line: string): string => line.replace(/[()"'（）“”‘’,:;?!，：；？！〔〕 ]/gu, '');

describe('fixSource', () => {
  it('rewrites the fixture into the expected file, every fix listed where it was', () => {
    const r = fixed(slips);
    expect(r.text).toBe(golden);
    expect(r.fixes.map((f) => `${f.line}:${f.column}`)).toEqual([
      '13:17',
      '14:17',
      '16:22',
      '16:29',
      '16:34',
      '22:24',
      '22:37',
      '23:37',
      '23:40',
      '31:22',
      '32:15',
    ]);
  });

  it('keeps comments, layout, quoting and key order: outside the fixed characters the file is byte-identical', () => {
    const before = slips.toString('utf8').split('\n');
    const after = fixed(slips).text.split('\n');
    expect(after).toHaveLength(before.length);
    before.forEach((line, i) => {
      const next = after[i] ?? '';
      expect(skeleton(next), `line ${i + 1}`).toBe(skeleton(line));
      if (line.includes('#')) expect(next.slice(next.indexOf('#')), `comment on line ${i + 1}`).toBe(line.slice(line.indexOf('#')));
      expect(/^ */.exec(next)?.[0], `indentation of line ${i + 1}`).toBe(/^ */.exec(line)?.[0]);
    });
    expect(after[21]).toContain('content: ["收费标准（按学期）", \'服务内容‘托管’\']');
  });

  it('leaves a clean file alone: the same bytes back and nothing listed (so nothing is written)', () => {
    const clean = encode(golden);
    const r = fixed(clean);
    expect(r.fixes).toEqual([]);
    expect(r.bytes).toBe(clean);
  });

  it('keeps a UTF-8 BOM and CRLF line ends', () => {
    const crlf = `\uFEFF${slips.toString('utf8').replace(/\n/g, '\r\n')}`;
    expect(fixed(encode(crlf)).text).toBe(`\uFEFF${golden.replace(/\n/g, '\r\n')}`);
  });

  it('refuses a file that does not parse, with the parser findings', () => {
    const r = fixSource('broken.yaml', encode('id: demo\ntitle: 招生结果(不含\ncontent: [甲, 乙\n'));
    expect(r.kind).toBe('refused');
    expect(r.kind === 'refused' && r.findings.map((f) => f.rule)).toContain('yaml-syntax');
  });

  it('leaves the file clean of the rule (checked through the real pipeline)', () => {
    expect(only(checkFixture('rules/halfwidth-punctuation/slips.fixed.yaml'), 'halfwidth-punctuation')).toEqual([]);
    expect(only(checkFixture('rules/halfwidth-punctuation/slips.yaml'), 'halfwidth-punctuation')).toHaveLength(11);
  });
});

describe('fixSource on keyboard slips', () => {
  it('fixes the slips whose fix is certain (full-width colon, missing space, full-width dash) so the file parses, then the punctuation', () => {
    const text =
      'id: demo\nkind：county\nregion:示例县\ncategories:\n  - id: enrollment\n    items：  # 全角冒号\n      － id: enrollment.plan\n        note: 详见"招生简章"\n';
    const r = fixed(encode(text));
    expect(r.text).toBe(
      'id: demo\nkind: county\nregion: 示例县\ncategories:\n  - id: enrollment\n    items:  # 全角冒号\n      - id: enrollment.plan\n        note: 详见“招生简章”\n',
    );
    expect(r.fixes.map((f) => f.rule)).toEqual(['yaml-syntax', 'yaml-syntax', 'yaml-syntax', 'yaml-syntax', 'halfwidth-punctuation']);
    expect(r.fixes[0]).toMatchObject({ line: 2, column: 5, found: 'kind：county', fixed: 'kind: county' });
  });

  it('refuses a file whose slips have no certain fix (a full-width comma inside [ ] may be one entry or two)', () => {
    expect(fixSource('x.yaml', encode('id: demo\nchannel: [政府网站，政务新媒体]\n')).kind).toBe('refused');
  });
});
