/**
 * Issue 12: a verdict rests on the resolved catalogue, never on how the YAML is spelled. The same changes to the
 * baseline, written as a partial overlay or a full restatement, in block or flow style, quoted or plain, with
 * anchors and aliases, in another key order, with one-element lists as scalars, give the same findings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { Diagnostic, Item } from '../../src/model/index.js';
import { baseline, baselineItems, channels, checkText, county, SEED } from './generate.js';

type Fields = Partial<Record<keyof Item, unknown>>;

/** One change to one baseline item: the fields it overlays. */
const change = (item: Item): fc.Arbitrary<Fields> =>
  fc.oneof(
    channels.map((c) => ({ channel: [...item.channel.slice(1), c] })),
    fc
      .constantFrom(
        '信息形成或者变更之日起一〇〇个工作日内',
        '信息形成或者变更之日起20个工作日后',
        '学期结束后10个工作日内',
        '信息形成或者变更之日起5个工作日内',
        '即时',
      )
      .map((timeLimit) => ({ timeLimit })),
    fc.constant({ method: ['依申请'] }),
    fc.constant({ audience: ['特定群体'] }),
    fc.constant({ subject: '示例县教育局' }),
    fc.constant({ note: '本年度暂不公开' }),
    fc.constant({ name: `${item.name}情况` }),
    fc.constant({ content: [...item.content, '内部资料仅供参考'] }),
    fc.constant({ level: item.level.slice(1) }),
  );

const plan = fc.uniqueArray(fc.constantFrom(...baselineItems), { minLength: 1, maxLength: 4, selector: (x) => x.item.id }).chain((picked) =>
  fc.tuple(
    fc.tuple(...picked.map(({ item }) => change(item))).map((changes) => picked.map((p, i) => ({ ...p, fields: changes[i] ?? {} }))),
    fc.subarray(
      baselineItems.filter((b) => !picked.some((p) => p.item.id === b.item.id)).map((b) => b.item.id),
      { maxLength: 2 },
    ),
  ),
);

type Plan = [readonly { categoryId: string; item: Item; fields: Fields }[], readonly string[]];

/** Only the changed items, grouped by category. */
function partial([changes, remove]: Plan): Record<string, unknown> {
  const categories = baseline.categories
    .map((c) => ({ id: c.id, items: changes.filter((x) => x.categoryId === c.id).map((x) => ({ id: x.item.id, ...x.fields })) }))
    .filter((c) => c.items.length > 0);
  return county(categories, remove.length ? { remove } : {});
}

/** Every category and item written out in full, keys in reverse order, equal lists shared (so they become aliases). */
function full([changes, remove]: Plan): Record<string, unknown> {
  const shared = new Map<string, unknown>();
  const intern = (v: unknown): unknown => {
    if (!Array.isArray(v)) return v;
    const key = JSON.stringify(v);
    if (!shared.has(key)) shared.set(key, v);
    return shared.get(key);
  };
  const categories = baseline.categories.map((c) => ({
    items: c.items
      .filter((i) => !remove.includes(i.id))
      .map((i) => {
        const merged: Record<string, unknown> = { ...i, ...(changes.find((x) => x.item.id === i.id)?.fields ?? {}) };
        return Object.fromEntries(
          Object.entries(merged)
            .reverse()
            .map(([k, v]) => [k, intern(v)]),
        );
      }),
    name: c.name,
    id: c.id,
  }));
  return county(categories, remove.length ? { remove } : {});
}

/** One-element lists written as a scalar. */
function scalars(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 1 && typeof value[0] === 'string' ? value[0] : value.map(scalars);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, k === 'categories' || k === 'items' || k === 'remove' ? (v as unknown[]).map(scalars) : scalars(v)]),
    );
  }
  return value;
}

const SPELLINGS: readonly [string, (p: Plan) => string][] = [
  ['partial, block', (p) => stringify(partial(p), { lineWidth: 0 })],
  [
    'partial, flow, quoted',
    (p) => stringify(partial(p), { lineWidth: 0, collectionStyle: 'flow', defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' }),
  ],
  ['partial, scalars for one-element lists', (p) => stringify(scalars(partial(p)), { lineWidth: 0 })],
  ['full restatement with anchors and aliases', (p) => stringify(full(p), { lineWidth: 0 })],
  [
    'full restatement, flow, single-quoted, scalars',
    (p) =>
      stringify(scalars(full(p)), {
        lineWidth: 0,
        collectionStyle: 'flow',
        defaultStringType: 'QUOTE_SINGLE',
        defaultKeyType: 'PLAIN',
        aliasDuplicateObjects: false,
      }),
  ],
];

/** What a finding says, without where it is. */
const verdict = (d: Diagnostic): string => `${d.rule} ${d.severity} ${d.target ?? ''} ${d.message}`;

describe('findings do not depend on the YAML spelling', () => {
  it('gives the same findings (rule, severity, target, message) for every spelling of the same changes', () => {
    fc.assert(
      fc.property(plan, (p) => {
        const texts = SPELLINGS.map(([name, spell]) => [name, spell(p)] as const);
        const [first, ...rest] = texts.map(([name, text]) => ({ name, text, found: checkText(text).result.diagnostics.map(verdict).sort() }));
        expect(first?.found.length, first?.text).toBeGreaterThan(0);
        for (const other of rest) expect(other.found, `${other.name}:\n${other.text}`).toEqual(first?.found);
      }),
      { seed: SEED, numRuns: 25 },
    );
  });

  it('the aliases are really there: a full restatement uses anchors', () => {
    const text = SPELLINGS[3]?.[1]([[{ categoryId: baselineItems[0]!.categoryId, item: baselineItems[0]!.item, fields: { method: ['依申请'] } }], []]) ?? '';
    expect(text).toMatch(/&a\d+/);
    expect(text).toMatch(/\*a\d+/);
  });
});
