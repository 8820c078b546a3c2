/** Properties of resolving against the baseline, on generated YAML text: empty overlays, removals, additions. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, Item } from '../../src/model/index.js';
import { baseline, baselineItems, channels, checkText, chineseText, county, idSegment, LEVELS, newItem, SEED, yamlText } from './generate.js';

const errors = (diags: readonly Diagnostic[]): string[] => diags.filter((d) => d.severity === 'error').map((d) => `${d.rule}: ${d.message}`);

describe('an empty overlay', () => {
  /** Overlays that change nothing: no categories, an empty list, or baseline ids restated without fields. */
  const emptyOverlay = fc.oneof(
    fc.constant(undefined),
    fc.constant([]),
    fc
      .subarray(
        baseline.categories.map((c) => c.id),
        { minLength: 1 },
      )
      .map((ids) => ids.map((id) => ({ id }))),
    fc.constantFrom(...baselineItems).map(({ categoryId, item }) => [{ id: categoryId, items: [{ id: item.id }] }]),
    fc.constantFrom(...baselineItems).map(({ categoryId, item }) => [{ id: categoryId, items: [item] }]),
  );

  it('resolves to the baseline, without errors', () => {
    fc.assert(
      fc.property(emptyOverlay, chineseText(), (categories, region) => {
        const checked = checkText(yamlText(county(categories, { region: `${region}县` })));
        expect(errors(checked.result.diagnostics)).toEqual([]);
        expect(checked.resolved?.categories).toEqual(baseline.categories);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });
});

type ListField = 'content' | 'basis' | 'channel' | 'level' | 'audience' | 'method';

interface Removal {
  readonly categoryId: string;
  readonly item: Item;
  readonly field: ListField;
  readonly index: number;
  readonly rule: string;
}

/** Every removal the rules must catch: each entry of each list of each baseline item. */
const REMOVALS: readonly Removal[] = baselineItems.flatMap(({ categoryId, item }) => [
  ...(['content', 'basis', 'channel', 'level'] as const).flatMap((field) =>
    item[field].map((_, index) => ({ categoryId, item, field, index, rule: `removed-${field}` })),
  ),
  ...(item.audience.includes('全社会')
    ? [{ categoryId, item, field: 'audience' as const, index: item.audience.indexOf('全社会'), rule: 'narrowed-audience' }]
    : []),
  ...(item.method.includes('主动') ? [{ categoryId, item, field: 'method' as const, index: item.method.indexOf('主动'), rule: 'weakened-method' }] : []),
]);

/** The list a removal is made from. */
const listOf = (r: Removal): readonly string[] => r.item[r.field];

/** What may be added beside the removal without hiding it (never the removed entry itself). */
function additions(r: Removal): fc.Arbitrary<string[]> {
  const removed = listOf(r)[r.index] ?? '';
  const others = (values: readonly string[]): fc.Arbitrary<string[]> => fc.subarray(values.filter((v) => v !== removed && !listOf(r).includes(v)));
  switch (r.field) {
    case 'content':
    case 'basis':
      return fc.array(
        chineseText().map((s) => `县级补充：${s}`),
        { maxLength: 2 },
      );
    case 'channel':
      return fc.uniqueArray(channels, { maxLength: 2 }).map((cs) => cs.filter((c) => c !== removed && !r.item.channel.includes(c)));
    case 'level':
      return others(LEVELS);
    case 'audience':
      return others(['特定群体']);
    case 'method':
      return others(['依申请']);
  }
}

/** A value that keeps a list non-empty when its only entry is removed (the schema wants one). */
const FILLER: Readonly<Record<ListField, readonly string[]>> = {
  content: ['县级补充内容'],
  basis: ['《县级补充依据》'],
  channel: ['政务公开栏', '学校公告栏'],
  level: ['乡级', '校级'],
  audience: ['特定群体'],
  method: ['依申请'],
};

describe('any removal from any list of any baseline item', () => {
  const removal = fc.constantFrom(...REMOVALS).chain((r) => additions(r).map((added) => ({ r, added })));

  it(`is reported by its rule (${REMOVALS.length} removals to draw from)`, () => {
    fc.assert(
      fc.property(removal, ({ r, added }) => {
        const kept = listOf(r).filter((_, i) => i !== r.index);
        const removed = listOf(r)[r.index];
        const filler = FILLER[r.field].filter((v) => v !== removed && !kept.includes(v)).slice(0, 1);
        const list = [...kept, ...added, ...(kept.length + added.length === 0 ? filler : [])];
        const text = yamlText(county([{ id: r.categoryId, items: [{ id: r.item.id, [r.field]: list }] }]));
        const found = checkText(text).result.diagnostics.filter((d) => d.rule === r.rule);
        expect(
          found.map((d) => [d.severity, d.target]),
          text,
        ).toContainEqual(['error', `${r.item.id}#${r.field}`]);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('adding entries and items', () => {
  /** New entries on a baseline item's lists, keeping every baseline entry. */
  const grownItem = fc.constantFrom(...baselineItems).chain(({ categoryId, item }) =>
    fc
      .record({
        content: fc.array(
          chineseText().map((s) => `县级补充：${s}`),
          { maxLength: 2 },
        ),
        channel: fc.uniqueArray(channels, { maxLength: 2 }),
        level: fc.subarray([...LEVELS]),
      })
      .map((extra) => ({
        categoryId,
        item: {
          id: item.id,
          content: [...item.content, ...extra.content],
          channel: [...new Set([...item.channel, ...extra.channel])],
          level: [...new Set([...item.level, ...extra.level])],
          audience: [...new Set([...item.audience, '特定群体'])],
          method: [...new Set([...item.method, '依申请'])],
        },
      })),
  );

  const newItems = fc.uniqueArray(idSegment, { maxLength: 3 }).chain((ids) => fc.tuple(...ids.map((id) => newItem(`generated.${id}`))));
  const overlay = fc.record({
    grown: fc.uniqueArray(grownItem, { maxLength: 3, selector: (g) => g.item.id }),
    intoBaseline: newItems,
    newCategory: fc.option(newItems.filter((items) => items.length > 0).map((items) => ({ id: 'generated', name: '县级新增类别', items }))),
    categoryOf: fc.constantFrom(...baseline.categories.map((c) => c.id)),
  });

  it('never raises an error', () => {
    fc.assert(
      fc.property(overlay, ({ grown, intoBaseline, newCategory, categoryOf }) => {
        const byCategory = new Map<string, unknown[]>();
        for (const g of grown) byCategory.set(g.categoryId, [...(byCategory.get(g.categoryId) ?? []), g.item]);
        byCategory.set(categoryOf, [...(byCategory.get(categoryOf) ?? []), ...intoBaseline.map((i) => ({ ...i, id: `${i.id as string}-in` }))]);
        const categories = [...[...byCategory].map(([id, items]) => ({ id, items })), ...(newCategory ? [newCategory] : [])];
        const text = yamlText(county(categories));
        expect(errors(checkText(text).result.diagnostics), text).toEqual([]);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});
