/** deviation: an error declared in `deviations:` with a reason — reported as a warning, never hidden. */
import { defineStageCode } from '../rule.js';

export default defineStageCode({
  id: 'deviation',
  severity: 'warning',
  description: { zh: '已声明理由的偏离（如删减事项），照常报告，不隐藏', en: 'A declared exception (e.g. a removal), reported with its reason' },
  messages: {
    default: { zh: '已声明的偏离：{target}（{rule}），理由：{reason}', en: 'Declared deviation: {target} ({rule}); reason: {reason}' },
    withRef: {
      zh: '已声明的偏离：{target}（{rule}），理由：{reason}；依据：{ref}',
      en: 'Declared deviation: {target} ({rule}); reason: {reason}; reference: {ref}',
    },
    // A 印发通知 filed beside its 备案报告, whose printed table is the same: judged with the report's declarations.
    companion: {
      zh: '已声明的偏离（见备案报告“{file}”）：{target}（{rule}），理由：{reason}',
      en: 'Declared deviation (in the filing report "{file}"): {target} ({rule}); reason: {reason}',
    },
    companionWithRef: {
      zh: '已声明的偏离（见备案报告“{file}”）：{target}（{rule}），理由：{reason}；依据：{ref}',
      en: 'Declared deviation (in the filing report "{file}"): {target} ({rule}); reason: {reason}; reference: {ref}',
    },
  },
});
