/** weakened-method: 主动 was dropped from an item's 公开方式 that had it. */
import { nearestPointer, pairedItems } from './util.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'weakened-method',
  severity: 'error',
  declarable: true,
  description: { zh: '公开方式去掉了“主动”', en: '主动 (proactive disclosure) was dropped from the method' },
  messages: {
    default: {
      zh: '事项“{name}”（{id}）在基准目录中是主动公开，这里去掉了“主动”。主动公开的事项不能改为仅依申请公开',
      en: 'Item "{name}" ({id}) is disclosed proactively (主动) in the baseline but not here. It cannot become on-request only',
    },
  },
  check(ctx, report) {
    pairedItems(ctx)
      .filter(({ base, item }) => base.method.includes('主动') && !item.method.includes('主动'))
      .forEach(({ base, item, origin }) =>
        report({
          pointer: nearestPointer(ctx, origin, 'method'),
          target: `${base.id}#method`,
          data: { id: base.id, name: item.name },
        }),
      );
  },
});
