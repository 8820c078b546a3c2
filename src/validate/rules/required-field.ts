/** required-field: a resolved item lacks one of the nine elements, or has it empty (checked with resolved.schema.json). */
import { closest, distance } from 'fastest-levenshtein';
import { joinPointer } from '../../load/positions.js';
import { ELEMENT_KEYS, ELEMENT_LABELS } from '../../model/index.js';
import { defineRule, type RuleContext, type RuleFinding } from '../rule.js';

type Found = RuleFinding<'category' | 'typo' | 'emptied'>;
import { schemaValidator } from '../schema.js';

const FIELD_NAMES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(ELEMENT_KEYS.map((key) => [key, ELEMENT_LABELS[key].zh])),
  items: '二级事项',
};

/** Where resolved path `/categories/i/items/j/field/...` is in the source, and whose it is. */
function locate(ctx: RuleContext, path: string[]): { pointer: string; target: string; field: string } | undefined {
  const [, ci, , ii, field] = path;
  const cat = ctx.resolved.categories[Number(ci)];
  if (!cat) return undefined;
  const catOrigin = ctx.origins.categories.get(cat.id);
  if (path[2] !== 'items' || ii === undefined) {
    return { pointer: catOrigin?.pointer ?? '', target: cat.id, field: path[2] ?? 'items' };
  }
  const item = cat.items[Number(ii)];
  if (!item) return undefined;
  const origin = ctx.origins.items.get(item.id);
  const f = field ?? '';
  const pointer = origin?.pointer
    ? ctx.positions.has(joinPointer(origin.pointer, f))
      ? joinPointer(origin.pointer, f)
      : origin.pointer
    : (origin?.parentPointer ?? '');
  return { pointer, target: `${item.id}#${f}`, field: f };
}

export default defineRule({
  id: 'required-field',
  severity: 'error',
  description: { zh: '事项缺少九要素之一，或该要素为空', en: 'An item lacks one of the nine elements, or has it empty' },
  messages: {
    default: {
      zh: '事项“{id}”缺少“{fieldName}”（{field}）或为空：每个事项都要写明九要素',
      en: 'Item "{id}" lacks "{field}" or has it empty: every item needs all nine elements',
    },
    category: { zh: '类别“{id}”缺少“{fieldName}”（{field}）或为空', en: 'Category "{id}" lacks "{field}" or has it empty' },
    emptied: {
      zh: '基准目录一级事项“{name}”（{id}）的 {count} 个二级事项全部被删减，一级事项不能没有二级事项。县级目录只增不减：请补回这些事项；确要删减整个一级事项，请写 remove: [{id}] 并在 deviations 中声明理由',
      en: 'Every one of the {count} items of the baseline category "{name}" ({id}) is removed, and a category cannot be empty. County catalogues only add: put them back; to remove the whole category write remove: [{id}] and declare it in deviations',
    },
    typo: {
      zh: '“{id}”不是基准目录中的事项，作为新增事项又缺少{fields}。是不是想修改基准事项“{suggestion}”？请检查编号',
      en: '"{id}" is not a baseline item, and as a new item it lacks {fields}. Did you mean the baseline item "{suggestion}"? Check the id',
    },
  },
  check(ctx, report) {
    const validate = schemaValidator('resolved');
    if (validate(ctx.resolved)) return;
    const out = new Map<string, Found>();
    for (const e of validate.errors ?? []) {
      const path = e.instancePath.split('/').slice(1);
      if (path[0] !== 'categories') continue;
      const missing = e.keyword === 'required' ? String((e.params as { missingProperty: string }).missingProperty) : undefined;
      const full = missing ? [...path, missing] : path;
      const at = locate(ctx, full);
      if (!at || !(at.field in FIELD_NAMES)) continue;
      const isItem = full[2] === 'items' && full.length > 4;
      const emptied = !isItem && at.field === 'items' ? emptiedCategory(ctx, at.target) : undefined;
      if (emptied) {
        out.set(at.target, emptied);
        continue;
      }
      const id = isItem ? (at.target.split('#')[0] ?? '') : at.target;
      out.set(at.target, {
        pointer: at.pointer,
        target: at.target,
        messageId: isItem ? 'default' : 'category',
        data: {
          id,
          field: at.field,
          fieldName: isItem ? (FIELD_NAMES[at.field] ?? at.field) : at.field === 'name' ? '一级事项名称' : (FIELD_NAMES[at.field] ?? at.field),
        },
      });
    }
    explainTypos(ctx, [...out.values()]).forEach(report);
  },
});

/** A new item that lacks fields and whose id is one slip away from a baseline id: say so once. */
function explainTypos(ctx: RuleContext, findings: Found[]): Found[] {
  const baseIds = ctx.baseline?.categories.flatMap((c) => c.items.map((i) => i.id)) ?? [];
  if (baseIds.length === 0) return findings;
  const byItem = new Map<string, Found[]>();
  for (const f of findings) {
    const id = (f.target ?? '').split('#')[0] ?? '';
    if (f.messageId === 'default' && ctx.origins.items.get(id)?.status === 'added') byItem.set(id, [...(byItem.get(id) ?? []), f]);
  }
  const replaced = new Set<Found>();
  const typos: Found[] = [];
  for (const [id, list] of byItem) {
    const suggestion = closest(id, baseIds);
    if (distance(id, suggestion) > Math.max(2, Math.floor(suggestion.length / 5))) continue;
    list.forEach((f) => replaced.add(f));
    const pointer = ctx.origins.items.get(id)?.pointer ?? '';
    typos.push({
      pointer: joinPointer(pointer, 'id'),
      target: id,
      messageId: 'typo',
      data: { id, suggestion, fields: list.map((f) => `“${f.data?.fieldName ?? ''}”`).join('、') },
    });
  }
  return [...findings.filter((f) => !replaced.has(f)), ...typos];
}

/** A baseline category whose items are all removed: one finding that says so, at the last removal. */
function emptiedCategory(ctx: RuleContext, id: string): Found | undefined {
  const base = ctx.baseline?.categories.find((c) => c.id === id);
  if (!base || base.items.length === 0) return undefined;
  const removals = base.items.map((i) => ctx.origins.removed.get(i.id)).filter((p): p is string => p !== undefined);
  const pointer = removals[removals.length - 1] ?? ctx.origins.categories.get(id)?.pointer ?? '';
  return { pointer, target: id, messageId: 'emptied', data: { id, name: base.name, count: base.items.length } };
}
