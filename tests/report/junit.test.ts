import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/model/index.js';
import { escapeXml, escapeXmlAttr, formatJunit } from '../../src/report/junit.js';
import { goldenContext, reportResults } from './results.js';
import { xmlProblems } from './xml.js';

const has = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

const nasty: FileResult = {
  file: 'a&b/<c>"\'.yaml',
  ok: false,
  integrity: 'tampered',
  diagnostics: [
    { rule: 'schema', severity: 'error', message: 'x < y && "z" ]]> \u0007', file: 'a&b/<c>"\'.yaml', line: 1, column: 2, endLine: 1, endColumn: 3 },
    { rule: 'unknown-channel', severity: 'warning', message: '<b>警告</b>', file: 'a&b/<c>"\'.yaml', line: 2, column: 1, endLine: 2, endColumn: 3 },
  ],
};

describe('formatJunit', () => {
  it('has one test case per file, failures counted, warnings and info in system-out', () => {
    const xml = formatJunit(reportResults(), goldenContext());
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml).toContain('<testsuite name="catalog check" tests="2" failures="1" errors="0" skipped="0" time="0">');
    expect(xml).toContain('<testcase classname="catalog" name="tests/fixtures/report/clean.yaml" time="0"/>');
    expect(xml).toContain('<failure message="3 个错误" type="error">9:5  removed-item  ');
    expect(xml).toMatch(/<system-out>15:18 {2}提示 {2}changed-subject/);
    expect(formatJunit(reportResults('en'), goldenContext('en'))).toContain('<failure message="3 errors" type="error">');
  });

  it('escapes everything and stays well-formed; verify adds the integrity line', () => {
    expect(escapeXml('<a href="x">&\'\u0000</a>')).toBe('&lt;a href="x"&gt;&amp;\'&lt;/a&gt;');
    expect(escapeXmlAttr('"a\'\n<&>')).toBe('&quot;a&apos;&#10;&lt;&amp;&gt;');
    const xml = formatJunit([nasty], goldenContext('en', 'verify'));
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml).toContain('<testsuite name="catalog verify" tests="1" failures="1"');
    expect(xml).toContain('<system-out>integrity: tampered\n2:1  warning  unknown-channel  &lt;b&gt;警告&lt;/b&gt;</system-out>');
    expect(xml).not.toContain('\u0007');
    expect(xml).toContain('name="a&amp;b/&lt;c&gt;&quot;&apos;.yaml"');
  });

  it('the tiny XML check catches what it should', () => {
    expect(xmlProblems('<a><b></a></b>')).not.toEqual([]);
    expect(xmlProblems('<a>x & y</a>')).not.toEqual([]);
    expect(xmlProblems('<a/><b/>')).not.toEqual([]);
    expect(xmlProblems('<?xml version="1.0"?>\n<a x="1"><b/>t &amp; u</a>\n')).toEqual([]);
  });

  describe.skipIf(!has('xmllint'))('with xmllint', () => {
    it('xmllint --noout accepts the output', () => {
      const dir = mkdtempSync(join(tmpdir(), 'junit-'));
      for (const [name, results] of [
        ['fixtures', reportResults()],
        ['nasty', [nasty]],
      ] as const) {
        const file = join(dir, `${name}.xml`);
        writeFileSync(file, formatJunit(results, goldenContext()));
        const r = spawnSync('xmllint', ['--noout', file], { encoding: 'utf8' });
        expect(r.status, r.stderr).toBe(0);
      }
    });
  });
  if (!has('xmllint')) console.warn('skipping the xmllint check of the JUnit output: xmllint not installed');
});
