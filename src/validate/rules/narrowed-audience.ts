/** narrowed-audience: 全社会 was dropped from an item's 公开对象 that had it. */
import { nearestPointer, pairedItems } from './util.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'narrowed-audience',
  severity: 'error',
  declarable: true,
  description: { zh: '公开对象去掉了“全社会”', en: '全社会 (the public) was dropped from the audience' },
  messages: {
    default: {
      zh: '事项“{name}”（{id}）的公开对象在基准目录中包含“全社会”，这里去掉了。面向全社会公开的事项不能收窄为特定群体',
      en: 'Item "{name}" ({id}) is public (全社会) in the baseline but not here. An item published to everyone cannot be narrowed to a group',
    },
  },
  check(ctx, report) {
    pairedItems(ctx)
      .filter(({ base, item }) => base.audience.includes('全社会') && !item.audience.includes('全社会'))
      .forEach(({ base, item, origin }) =>
        report({
          pointer: nearestPointer(ctx, origin, 'audience'),
          target: `${base.id}#audience`,
          data: { id: base.id, name: item.name },
        }),
      );
  },
});
