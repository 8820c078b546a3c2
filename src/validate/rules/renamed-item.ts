/** renamed-item: a baseline item got another name; for a county an error when the name is another item's, another item took the old one, or a new item shares a baseline item's name. */
import { sameText } from '../normalize.js';
import { defineRule } from '../rule.js';
import { nearestPointer, pairedItems } from './util.js';
import type { RuleContext, RuleFinding } from '../rule.js';

/**
 * A county's new items named like a baseline item that keeps its name (red team: a weak 招生计划 row beside the municipal
 * one), or like a baseline item the county removed (round 8: removed with a declared reason, then added back under the
 * same name, weaker in every element — the reader's 招生计划 is not the municipal one, and nothing of it was compared).
 */
function sameNameFindings(ctx: RuleContext): RuleFinding<'sameName' | 'removedName'>[] {
  if (ctx.source.kind !== 'county') return [];
  const kept = pairedItems(ctx)
    .filter(({ base, item }) => sameText(base.name, item.name))
    .map(({ item }) => item);
  const present = new Set(ctx.resolved.categories.flatMap((c) => c.items.map((i) => i.id)));
  const removed = (ctx.baseline?.categories ?? []).flatMap((c) => c.items).filter((i) => !present.has(i.id));
  return ctx.resolved.categories
    .flatMap((c) => c.items)
    .flatMap((item) => {
      const origin = ctx.origins.items.get(item.id);
      if (origin?.status !== 'added') return [];
      const twin = kept.find((k) => sameText(k.name, item.name));
      const gone = twin ? undefined : removed.find((r) => sameText(r.name, item.name));
      const other = twin ?? gone;
      if (!other) return [];
      return [
        {
          severity: 'error' as const,
          messageId: twin ? ('sameName' as const) : ('removedName' as const),
          pointer: nearestPointer(ctx, origin, 'name'),
          target: `${item.id}#name`,
          data: { id: item.id, old: other.name, new: item.name, other: other.id },
        },
      ];
    });
}

export default defineRule({
  id: 'renamed-item',
  severity: 'warning',
  description: {
    zh: '基准目录的二级事项改了名称（县级目录：改用另一事项的名称，或新增事项与基准事项（包括删减的）同名，为错误）',
    en: "A baseline item got another name (a county: taking another item's name, or a new item named like a baseline item, removed or not, is an error)",
  },
  messages: {
    default: {
      zh: '二级事项 {id} 在基准目录中叫“{old}”，这里改成了“{new}”。与市级目录保持一致便于对照和备案',
      en: 'Item {id} is named "{old}" in the baseline, "{new}" here. Keeping the municipal name makes the catalogues comparable',
    },
    nameOfOther: {
      zh: '二级事项 {id} 在基准目录中叫“{old}”，这里改成了另一个二级事项（{other}）的名称“{new}”：读者按名称找不到“{old}”。县级目录只增不减：请改回“{old}”',
      en: 'Item {id} is named "{old}" in the baseline and here takes the name of another item ({other}), "{new}": a reader no longer finds "{old}" by its name. A county catalogue only adds: restore "{old}"',
    },
    nameTaken: {
      zh: '二级事项 {id} 在基准目录中叫“{old}”，这里改成了“{new}”，而“{old}”这个名称给了二级事项 {other}：读者看到的“{old}”已不是市级事项。县级目录只增不减：请改回“{old}”，新增的事项另起名称',
      en: 'Item {id} is named "{old}" in the baseline, "{new}" here, and the name "{old}" now belongs to item {other}: the "{old}" a reader sees is not the municipal item. A county catalogue only adds: restore "{old}" and give the new item a name of its own',
    },
    sameName: {
      zh: '新增的二级事项 {id} 与基准目录的二级事项 {other} 同名（“{new}”）：目录中有两个“{new}”，读者分不清哪一个是市级事项。请给新增事项另起名称，或把内容写进 {other}',
      en: 'The new item {id} has the name of the baseline item {other} ("{new}"): the catalogue shows two of that name and a reader cannot tell which is the municipal item. Give the new item a name of its own, or write its content into {other}',
    },
    removedName: {
      zh: '新增的二级事项 {id} 与删减的基准事项 {other} 同名（“{new}”）：读者看到的“{new}”已不是市级事项，它的各要素也不再与市级目录比较。请沿用编号 {other}、去掉删减（改动的要素按只增不减检查），或给新增事项另起名称',
      en: 'The new item {id} has the name of the baseline item {other} the catalogue removes ("{new}"): the "{new}" a reader sees is not the municipal item, and none of its elements is compared with the municipal one. Keep the id {other} and drop the removal (changed elements are then checked as additions only), or give the new item a name of its own',
    },
  },
  check(ctx, report) {
    sameNameFindings(ctx).forEach(report);
    const all = ctx.resolved.categories.flatMap((c) => c.items);
    pairedItems(ctx)
      .filter(({ base, item }) => !sameText(base.name, item.name))
      .forEach(({ base, item, origin }) => {
        // Red team: a county swapped names, or renamed 招生计划 and gave the name to a weaker new item — the reader's 招生计划 is not the municipal one.
        const county = ctx.source.kind === 'county';
        const other = county ? all.find((o) => o.id !== item.id && sameText(o.name, item.name)) : undefined;
        const taker = county && !other ? all.find((o) => o.id !== item.id && sameText(o.name, base.name)) : undefined;
        const clash = other ?? taker;
        report({
          ...(clash ? { severity: 'error' as const } : {}),
          messageId: other ? 'nameOfOther' : taker ? 'nameTaken' : 'default',
          pointer: nearestPointer(ctx, origin, 'name'),
          target: `${base.id}#name`,
          data: { id: base.id, old: base.name, new: item.name, other: clash?.id ?? '' },
        });
      });
  },
});
