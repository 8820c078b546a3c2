/** The loader reads YAML 1.2 core only: directives, tags (but !!str on a scalar) and merge keys are refused, each once, where written. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { loadSource, PARSE_OPTIONS } from '../../src/load/load.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const HEAD = 'id: demo\nkind: county\nextends: xinxiang@2020\n';
const ITEM = 'categories:\n  - id: enrollment\n    items:\n      - id: enrollment.plan\n';
const at = (text: string): { messageId?: string; line: number; column: number; found?: unknown }[] =>
  loadSource('a.yaml', enc(text)).findings.map((f) => ({ messageId: f.messageId, line: f.span?.line ?? 0, column: f.span?.column ?? 0, found: f.data?.found }));

describe('YAML 1.2 core only', () => {
  it('refuses a %YAML 1.1 directive and the merge key it would have enabled, and returns no data', () => {
    const text = `%YAML 1.1\n---\n${HEAD}x: &a\n  channel: [政府网站]\n${ITEM}        <<: *a\n`;
    const l = loadSource('a.yaml', enc(text));
    expect(l.data).toBeUndefined();
    expect(at(text)).toEqual([
      { messageId: 'directive', line: 1, column: 1, found: '%YAML 1.1' },
      { messageId: 'mergeKey', line: 12, column: 9, found: undefined },
    ]);
  });

  it.each([
    ['a plain merge key', `${ITEM}        <<: *a\n`, 8, 9],
    ['a merge of two aliases', `${ITEM}        <<: [*a, *b]\n`, 8, 9],
    ['an explicit key', `${ITEM}        ? <<\n        : x\n`, 8, 11],
    ['a quoted key', `${ITEM}        "<<": x\n`, 8, 9],
    ['a flow mapping', `${ITEM}      - {id: enrollment.zones, <<: *a}\n`, 8, 32],
  ])('refuses %s as a merge attempt, once', (_, body, line, column) => {
    expect(at(`${HEAD}a: &a {x: 1}\n${body}`.replace(/\*a/g, '*a'))).toEqual([{ messageId: 'mergeKey', line: line + 1, column, found: undefined }]);
  });

  it('refuses a directive after "---" and a %TAG directive', () => {
    expect(at(`---\n%YAML 1.1\n${HEAD}`)).toEqual([{ messageId: 'directive', line: 2, column: 1, found: '%YAML 1.1' }]);
    expect(at(`%TAG ! tag:example.com,2000:\n---\n${HEAD}`)).toMatchObject([{ messageId: 'directive', line: 1, column: 1 }]);
  });

  it.each([
    ['!!binary', `${ITEM}        subject: !!binary aGk=\n`, 8, 18],
    ['!!set', `${ITEM}        channel: !!set {a, b}\n`, 8, 18],
    ['!!omap', `${ITEM}        channel: !!omap [a: 1]\n`, 8, 18],
    ['!!timestamp', 'document:\n  date: !!timestamp 2020-10-28\n', 5, 9],
    ['!foo', `${ITEM}        !foo subject: x\n`, 8, 9],
    ['!!str', `${ITEM}        channel: !!str [a]\n`, 8, 18],
    ['!<tag:yaml.org,2002:str>', `${ITEM}        subject: !<tag:yaml.org,2002:str> x\n`, 8, 18],
    ['!!int', 'version: !!int 2020\n', 4, 10],
  ])('refuses the tag %s (on keys, values and collections)', (tag, body, line, column) => {
    expect(at(HEAD + body)).toEqual([{ messageId: 'tag', line, column, found: tag }]);
  });

  it('refuses a tag on the document and the !!merge tag', () => {
    expect(at(`--- !foo\n${HEAD}`)).toEqual([{ messageId: 'tag', line: 1, column: 5, found: '!foo' }]);
    expect(at(`${HEAD}${ITEM}        !!merge x: y\n`)).toEqual([{ messageId: 'mergeTag', line: 8, column: 9, found: '!!merge' }]);
  });

  it.each(['%YAML 1.1\n---\n', '%YAML 1.2\n---\n', ''])('parses with merge keys off and YAML 1.1 types off under %j', (directive) => {
    const doc = parseDocument(`${directive}a: &a {x: 1}\nb:\n  <<: *a\n  c: !!merge yes\n`, PARSE_OPTIONS);
    expect(doc.toJS()).toMatchObject({ b: { '<<': { x: 1 }, c: 'yes' } });
  });

  it('lets !!str on a scalar through: it only says "text", as quotes do', () => {
    const l = loadSource('a.yaml', enc(`${HEAD}version: !!str 2020\n`));
    expect(l.findings).toEqual([]);
    expect(l.data).toMatchObject({ version: '2020' });
  });

  it('keeps anchors and aliases (YAML 1.2 core) and reads yes/no as text', () => {
    const l = loadSource('a.yaml', enc(`${HEAD}note: &n yes\nregion: *n\n`));
    expect(l.findings).toEqual([]);
    expect(l.data).toMatchObject({ note: 'yes', region: 'yes' });
  });

  it('says which alias has no anchor, at the alias', () => {
    expect(at(`${HEAD}region: *nope\n`)).toEqual([{ messageId: 'badAlias', line: 4, column: 9, found: '*nope' }]);
  });
});
