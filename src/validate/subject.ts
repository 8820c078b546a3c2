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

/** Bodies at the county level or above: the bureau, the government and its inspection office (教育局, 教体局, 督导室 …). */
const COUNTY_BODY =
  /教育局|教体局|教育和体育局|教育体育局|教育行政部门|教育部门|教育委员会|教委|督导(?:室|机构|委员会|办|办公室|处|科|组|部门)|人民政府|政府|县级|市级/u;
/** Township and village bodies, whose 政府 is not the county's (各乡镇人民政府, 街道办事处, 村委会). */
const LOCAL_GOVERNMENT = /(?:乡镇?|镇|街道|村|社区)(?:人民)?政府|(?:乡镇?|镇|街道)办事处|村委会?|村民委员会|居委会?|居民委员会/gu;
/** Bodies below the county: schools and kindergartens, townships, villages (各学校, 乡镇中心学校, 实验学校, 村委会). */
const LOWER_BODY = /学校|校|幼儿园|学区|乡|镇|街道|村|社区|居委/u;

/**
 * Whether `subject` hands a county-level item down (red team round 8): it names a school, a township or a village body
 * and no body at the county level (各学校, 各乡镇中心学校, 卫辉市实验学校, 各乡镇人民政府); 卫辉市教育局、各学校 still names the bureau.
 */
export function namesLowerBody(subject: string): boolean {
  const t = normalizeText(subject);
  const local = t.replace(LOCAL_GOVERNMENT, '乡');
  return LOWER_BODY.test(local) && !COUNTY_BODY.test(local);
}

/** Whether a baseline 公开主体 is a county-level body (县级教育行政部门, 县级人民政府教育督导机构). */
export function namesCountyBody(subject: string): boolean {
  return COUNTY_BODY.test(normalizeText(subject).replace(LOCAL_GOVERNMENT, '乡'));
}
