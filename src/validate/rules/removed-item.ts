/** removed-item: a baseline item is gone from the resolved catalogue (by `remove:` or otherwise) (an error for a county, info for a school). */
import { defineRule, removalMessage, removalSeverity } from '../rule.js';

export default defineRule({
  id: 'removed-item',
  severity: 'error',
  declarable: true,
  description: { zh: '删减了基准目录的二级事项（县级目录原则上只增不减）', en: 'A baseline item is removed (county catalogues only add)' },
  messages: {
    default: {
      zh: '删减了基准目录的二级事项“{name}”（{id}）。县级目录原则上只增不减；确有理由请在 deviations 中声明',
      en: 'The baseline item "{name}" ({id}) is removed. County catalogues only add; declare a justified exception in deviations',
    },
    school: {
      zh: '学校目录删减了二级事项“{name}”（{id}）（校务公开目录可结合学校实际自行增减，仅作提示）',
      en: 'The school catalogue leaves out the item "{name}" ({id}) (schools may add and remove; for information)',
    },
  },
  check(ctx, report) {
    const present = new Set(ctx.resolved.categories.flatMap((c) => c.items.map((i) => i.id)));
    const categories = new Set(ctx.resolved.categories.map((c) => c.id));
    for (const c of ctx.baseline?.categories ?? []) {
      if (!categories.has(c.id)) continue; // removed-category says it once
      for (const item of c.items) {
        if (present.has(item.id)) continue;
        const pointer = ctx.origins.removed.get(item.id) ?? ctx.origins.categories.get(c.id)?.pointer ?? '';
        report({
          pointer,
          target: item.id,
          severity: removalSeverity(ctx.source.kind),
          messageId: removalMessage(ctx.source.kind),
          data: { id: item.id, name: item.name },
        });
      }
    }
  },
});
