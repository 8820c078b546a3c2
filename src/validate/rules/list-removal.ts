/** The four removed-<list> rules share one check: a list given in full that lacks a baseline entry. */
import { ELEMENT_LABELS, type ListKey } from '../../model/index.js';
import { missingEntries } from '../normalize.js';
import { defineRule, removalMessage, removalSeverity, type Rule } from '../rule.js';
import { nearestPointer, pairedItems } from './util.js';

/** One removed-<field> rule, worded with the element's name. */
export function listRemovalRule(field: Exclude<ListKey, 'audience' | 'method'>): Rule<'school'> {
  const id = `removed-${field}`;
  const what = ELEMENT_LABELS[field];
  return defineRule({
    id,
    severity: 'error',
    declarable: true,
    description: { zh: `删去了基准目录某事项的${what.zh}条目`, en: `A baseline ${what.en} entry of an item is gone` },
    messages: {
      default: {
        zh: `事项“{name}”（{id}）的${what.zh}缺少基准目录中的“{entry}”。县级目录只增不减：请补回，或在 deviations 中以 {id}#${field} 声明理由`,
        en: `Item "{name}" ({id}) lacks the baseline ${what.en} "{entry}". County catalogues only add: put it back, or declare {id}#${field} in deviations`,
      },
      school: {
        zh: `学校目录中事项“{name}”（{id}）的${what.zh}去掉了“{entry}”（校务公开目录可自行增减，仅作提示）`,
        en: `The school catalogue drops the ${what.en} "{entry}" of item "{name}" ({id}) (schools may add and remove; for information)`,
      },
    },
    check(ctx, report) {
      for (const { base, item, origin } of pairedItems(ctx)) {
        for (const entry of missingEntries(base[field], item[field])) {
          report({
            pointer: nearestPointer(ctx, origin, field),
            target: `${base.id}#${field}`,
            severity: removalSeverity(ctx.source.kind),
            messageId: removalMessage(ctx.source.kind),
            data: { id: base.id, name: item.name, entry },
          });
        }
      }
    },
  });
}
