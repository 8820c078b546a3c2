/** possible-rename: a removed baseline item closely matches a new item — probably the same item renamed. */
import { distance } from 'fastest-levenshtein';
import type { Item } from '../../model/index.js';
import { normalizeText } from '../normalize.js';
import { defineRule } from '../rule.js';
import { itemsById } from './util.js';

/** Similarity in [0, 1] of two items: mostly the name, then shared content and basis. */
function itemSimilarity(a: Item, b: Item): number {
  const na = normalizeText(a.name);
  const nb = normalizeText(b.name);
  const name = 1 - distance(na, nb) / Math.max(na.length, nb.length, 1);
  const bag = (i: Item): Set<string> => new Set([...i.content, ...i.basis].map(normalizeText));
  const sa = bag(a);
  const sb = bag(b);
  const shared = [...sa].filter((x) => sb.has(x)).length;
  const overlap = shared / Math.max(new Set([...sa, ...sb]).size, 1);
  return 0.6 * name + 0.4 * overlap;
}

const THRESHOLD = 0.6;

export default defineRule({
  id: 'possible-rename',
  severity: 'warning',
  description: { zh: '删减的基准事项与新增事项高度相似，可能只是改了编号或名称', en: 'A removed baseline item closely matches a new item: probably a rename' },
  messages: {
    default: {
      zh: '新增事项“{newName}”（{newId}）与删减的基准事项“{oldName}”（{oldId}）高度相似。如果是同一事项，请沿用编号 {oldId} 并去掉删减',
      en: 'The new item "{newName}" ({newId}) closely matches the removed baseline item "{oldName}" ({oldId}). If they are the same, keep the id {oldId} and drop the removal',
    },
  },
  check(ctx, report) {
    if (!ctx.baseline) return;
    const resolved = itemsById(ctx.resolved.categories);
    const added = [...ctx.origins.items].filter(([, o]) => o.status === 'added').map(([id, o]) => ({ item: resolved.get(id), origin: o }));
    for (const c of ctx.baseline.categories) {
      for (const old of c.items) {
        if (resolved.has(old.id)) continue;
        const best = added.map((a) => ({ ...a, score: a.item ? itemSimilarity(old, a.item) : 0 })).sort((x, y) => y.score - x.score)[0];
        if (!best?.item || best.score < THRESHOLD) continue;
        report({
          pointer: best.origin.pointer ?? '',
          target: old.id,
          data: { oldId: old.id, oldName: old.name, newId: best.item.id, newName: best.item.name },
        });
      }
    }
  },
});
