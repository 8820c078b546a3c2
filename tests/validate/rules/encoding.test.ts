/** encoding: the file is not UTF-8 (GBK and UTF-16 are named); UTF-8 with a BOM and CRLF is accepted. */
import { describe, expect, it } from 'vitest';
import { checkFixture, only, where } from '../../helpers/check.js';

const rule = 'encoding';

describe(rule, () => {
  it('recognises a GBK file (Notepad "ANSI") and points at its first Chinese character', () => {
    const all = checkFixture('rules/encoding/gbk.yaml');
    expect(where(all)).toEqual([{ rule, severity: 'error', line: 1, column: 3 }]);
    expect(all[0]?.message).toContain('GBK/GB18030');
    expect(all[0]?.message).toContain('UTF-8');
  });

  it('points at the character an editor shows, though a GBK pair can pass for UTF-8 (示 is CA BE)', () => {
    expect(where(checkFixture('rules/encoding/gbk-ascii-start.yaml'))).toEqual([{ rule, severity: 'error', line: 3, column: 9 }]);
  });

  it('recognises UTF-16 LE with a BOM (Notepad "Unicode")', () => {
    const all = checkFixture('rules/encoding/utf16le-bom.yaml');
    expect(where(all)).toEqual([{ rule, severity: 'error', line: 1, column: 1 }]);
    expect(all[0]?.message).toContain('UTF-16LE');
  });

  it('says so when the bytes are neither UTF-8 nor GBK, at the first bad byte', () => {
    const all = checkFixture('rules/encoding/unknown-bytes.yaml');
    expect(where(all)).toEqual([{ rule, severity: 'error', line: 3, column: 9 }]);
    expect(all[0]?.message).toContain('无法识别其编码');
  });

  it('accepts UTF-8 with a BOM and CRLF line ends', () => {
    expect(checkFixture('rules/encoding/utf8-bom-crlf.yaml')).toEqual([]);
  });

  it('has nothing to say about the UTF-8 files of the other fixtures', () => {
    expect(only(checkFixture('rules/changed-subject/own-bureau.yaml'), rule)).toEqual([]);
  });
});
