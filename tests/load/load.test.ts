import { describe, expect, it } from 'vitest';
import { loadSource } from '../../src/load/load.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('loadSource', () => {
  it('maps pointers to line:column of the YAML nodes', () => {
    const l = loadSource(
      'a.yaml',
      enc('id: demo\ncategories:\n  - id: enrollment\n    items:\n      - id: enrollment.plan\n        channel: [政府网站, 政务新媒体]\n'),
    );
    expect(l.findings).toEqual([]);
    expect(l.positions.locate('/categories/0/items/0/channel')).toMatchObject({ line: 6, column: 18 });
    expect(l.positions.locate('/categories/0/items/0/channel/1')).toMatchObject({ line: 6, column: 25 });
    expect(l.positions.locate('/categories/0/items/0/channel', true)).toMatchObject({ line: 6, column: 9 });
    // a pointer to a node that is not there falls back to its nearest ancestor
    expect(l.positions.locate('/categories/0/items/0/basis')).toMatchObject({ line: 5, column: 9 });
  });

  it('accepts a UTF-8 BOM and CRLF line ends with the same positions', () => {
    const l = loadSource('a.yaml', enc('\uFEFFid: demo\r\nregion: 示例县\r\n'));
    expect(l.findings).toEqual([]);
    expect(l.data).toEqual({ id: 'demo', region: '示例县' });
    expect(l.positions.locate('/region')).toMatchObject({ line: 2, column: 9 });
  });

  it('reports GBK bytes as an encoding finding that names GBK', () => {
    const gbk = new Uint8Array([0x69, 0x64, 0x3a, 0x20, 0xb2, 0xe2, 0xca, 0xd4, 0x0a]); // "id: 测试\n" in GBK
    const l = loadSource('a.yaml', gbk);
    expect(l.findings).toMatchObject([{ rule: 'encoding', messageId: 'gbk' }]);
    expect(l.data).toBeUndefined();
  });

  it('reports UTF-16 with a BOM as an encoding finding', () => {
    const l = loadSource('a.yaml', new Uint8Array([0xff, 0xfe, 0x69, 0x00, 0x64, 0x00]));
    expect(l.findings).toMatchObject([{ rule: 'encoding', messageId: 'utf16', data: { encoding: 'UTF-16LE' } }]);
  });

  it('reports duplicate keys as yaml-syntax at the second key', () => {
    const l = loadSource('a.yaml', enc('id: a\nregion: x\nid: b\n'));
    expect(l.findings).toMatchObject([{ rule: 'yaml-syntax', messageId: 'duplicateKey', span: { line: 3, column: 1 } }]);
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++)
      lines.push(
        `${'bcdefghi'[i]}: &${'bcdefghi'[i]} [${Array(10)
          .fill('*' + 'abcdefgh'[i])
          .join(', ')}]`,
      );
    const l = loadSource('bomb.yaml', enc(lines.join('\n') + '\n'));
    expect(l.data).toBeUndefined();
    expect(l.findings).toMatchObject([{ rule: 'yaml-syntax', messageId: 'aliasBomb' }]);
  });

  it('reports a NUL byte as yaml-syntax with its position', () => {
    const l = loadSource('a.yaml', enc('id: a\nregion: x\u0000\n'));
    expect(l.findings).toMatchObject([{ rule: 'yaml-syntax', messageId: 'nul', span: { line: 2, column: 10 } }]);
  });
});
