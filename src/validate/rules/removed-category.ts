/** removed-category: a baseline category is left out with `remove:` (an error for a county, info for a school). */
import { defineRule, removalMessage, removalSeverity } from '../rule.js';

export default defineRule({
  id: 'removed-category',
  severity: 'error',
  declarable: true,
  description: { zh: '删减了基准目录的一级事项（县级目录原则上只增不减）', en: 'A baseline category is removed (county catalogues only add)' },
  messages: {
    default: {
      zh: '删减了基准目录的一级事项“{name}”（{id}）及其 {count} 个二级事项。县级目录原则上只增不减；确有理由请在 deviations 中声明',
      en: 'The baseline category "{name}" ({id}) and its {count} items are removed. County catalogues only add; declare a justified exception in deviations',
    },
    school: {
      zh: '学校目录删减了一级事项“{name}”（{id}）及其 {count} 个二级事项（校务公开目录可结合学校实际自行增减，仅作提示）',
      en: 'The school catalogue leaves out the category "{name}" ({id}) and its {count} items (schools may add and remove; for information)',
    },
  },
  check(ctx, report) {
    const present = new Set(ctx.resolved.categories.map((c) => c.id));
    for (const c of ctx.baseline?.categories ?? []) {
      if (present.has(c.id)) continue;
      report({
        pointer: ctx.origins.removed.get(c.id) ?? '',
        target: c.id,
        severity: removalSeverity(ctx.source.kind),
        messageId: removalMessage(ctx.source.kind),
        data: { id: c.id, name: c.name, count: c.items.length },
      });
    }
  },
});
