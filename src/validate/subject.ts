/** Whether a 公开主体 names a body that publishes (县级教育行政部门, 卫辉市教育局, 卫辉市实验学校), not a placeholder. */
import { normalizeText } from './normalize.js';

/** The last word of a body's name: a department, bureau, office, school, centre … */
const BODY = /(?:部门|机关|机构|局|委|委员会|办|办公室|厅|部|处|科|室|股|中心|站|所|院|校|学|园|点|政府|单位|会|组|馆|队)/u;

/** Phrases that leave the body open or say there is none. */
const NO_BODY =
  /^(?:无|没有|暂无|空|略|待定|未定|待明确|另定|另行通知|不适用|不详|n\/a|na|none|null|tbd|x+)$|自行决定|自行确定|自定|待定|未定|另行确定|另行通知|视情况|不适用|暂无|无需|不需要?|各.{0,6}(?:自行|分别)/iu;

/** Whether `subject` names no body: empty, a placeholder (无, 待定, -, N/A), or a phrase that leaves it open. */
export function namesNoBody(subject: string): boolean {
  const t = normalizeText(subject);
  // Only punctuation or symbols (-, —, /, ？) names nobody either.
  return !/[\p{L}\p{N}]/u.test(t) || NO_BODY.test(t) || !BODY.test(t);
}
