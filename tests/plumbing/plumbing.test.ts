/** CLI plumbing users see: terminal widths for CJK, locale-free ordering, and did-you-mean only for near misses. */
import { describe, expect, it } from 'vitest';
import { compareDiagnostics } from '../../src/check/diagnostics.js';
import type { Diagnostic } from '../../src/model/index.js';
import { byChineseName, byCodePoint } from '../../src/util/order.js';
import { suggest } from '../../src/validate/suggest.js';
import { displayWidth, fitWidth, statusLine } from '../../src/util/width.js';
import { runCli } from '../helpers/cli.js';

describe('terminal width', () => {
  it('counts CJK and full-width forms as two columns, combining marks as none', () => {
    expect(displayWidth('卫辉市')).toBe(6);
    expect(displayWidth('ＡＢ')).toBe(4);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('“招生”')).toBe(6);
    expect(displayWidth('“招生”', true)).toBe(8);
  });

  it('cuts a progress line with a long Chinese file name to the terminal width', () => {
    const line = `正在生成 3/12：收文/${'新乡市第一实验学校义务教育阶段校务公开标准目录'.repeat(3)}.yaml`;
    const cut = fitWidth(line, 60);
    expect(displayWidth(cut, true)).toBeLessThanOrEqual(60);
    expect(cut.endsWith('…')).toBe(true);
    expect(fitWidth('short', 60)).toBe('short');
    const stream = { columns: 40 } as NodeJS.WriteStream;
    const status = statusLine(line, stream);
    expect(status.startsWith('\r') && status.endsWith('\u001b[K')).toBe(true);
    expect(displayWidth(status.slice(1, -3), true)).toBeLessThanOrEqual(39);
  });
});

describe('ordering independent of LANG', () => {
  const d = (file: string, message: string): Diagnostic => ({ file, line: 1, column: 1, endLine: 1, endColumn: 2, severity: 'error', rule: 'schema', message });

  it('sorts files and messages by code point, not by the machine locale', () => {
    const sorted = [d('b.yaml', 'x'), d('a.yaml', 'x'), d('B.yaml', 'x'), d('a.yaml', 'Z'), d('a.yaml', 'ä')].sort(compareDiagnostics);
    // localeCompare would put a before B and ä next to a; code point order puts upper case first and ä last.
    expect(sorted.map((x) => `${x.file}:${x.message}`)).toEqual(['B.yaml:x', 'a.yaml:Z', 'a.yaml:x', 'a.yaml:ä', 'b.yaml:x']);
    expect(byCodePoint('\u{20000}', '\uffff')).toBeGreaterThan(0); // by code point, not by UTF-16 unit
  });

  it('orders regions in pinyin whatever LANG says', () => {
    expect(['卫辉市', '封丘县', '辉县市', '原阳县'].sort(byChineseName)).toEqual(['封丘县', '辉县市', '卫辉市', '原阳县']);
  });

  it('prints the same findings under different LANG settings', () => {
    const args = ['check', 'catalogues', '--format', 'json'];
    const outputs = ['C', 'tr_TR.UTF-8', 'sv_SE.UTF-8', 'zh_CN.UTF-8'].map((lang) => runCli(args, undefined, { LANG: lang, LC_ALL: lang }).stdout);
    expect(outputs[0]).toContain('"diagnostics"');
    for (const out of outputs) expect(out).toBe(outputs[0]);
  });
});

describe('did you mean', () => {
  it('suggests only a near miss', () => {
    expect(suggest('removed-chanel', ['removed-channel', 'schema'])).toBe('removed-channel');
    expect(suggest('zzzz', ['schema', 'removed-item'])).toBeUndefined();
    expect(suggest('enrolment.plan', ['enrollment.plan'])).toBe('enrollment.plan');
    expect(suggest('x', [])).toBeUndefined();
  });

  it('catalog explain zzzz names no rule; a typo gets the rule', () => {
    const none = runCli(['explain', 'zzzz']);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('没有规则“zzzz”');
    expect(none.stderr).not.toContain('是不是');
    const typo = runCli(['explain', 'removed-chanel', '--lang', 'en']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain('did you mean "removed-channel"');
  });
});
