/** declared-count: a municipal catalogue's categories/items differ from the counts its issuing document states. */
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'declared-count',
  severity: 'error',
  description: { zh: '市级目录的一级、二级事项数与其文件声明的数目不符', en: "A municipal catalogue's counts differ from its declared counts" },
  messages: {
    default: { zh: '声明了 {declared} 个{what}，实际有 {actual} 个', en: '{declared} {what} declared, {actual} present' },
  },
  check(ctx, report) {
    const declared = ctx.source.declared;
    if (ctx.source.kind !== 'municipal' || !declared) return;
    const actual = {
      categories: ctx.resolved.categories.length,
      items: ctx.resolved.categories.reduce((n, c) => n + c.items.length, 0),
    };
    if (declared.categories !== actual.categories) {
      report({
        pointer: '/declared/categories',
        data: { declared: declared.categories, actual: actual.categories, what: { zh: '一级事项', en: 'categories' } },
      });
    }
    if (declared.items !== actual.items) {
      report({ pointer: '/declared/items', data: { declared: declared.items, actual: actual.items, what: { zh: '二级事项', en: 'items' } } });
    }
  },
});
