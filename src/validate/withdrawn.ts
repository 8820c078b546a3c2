/** Plain words that withdraw or narrow a disclosure (不公开, 暂停, 仅向…提供 …): what withdrawn-disclosure looks for. */
import { normalizeText } from './normalize.js';

/** Each pattern names one way of saying "not (or no longer, or not to everyone) published". */
const WITHDRAWN: readonly RegExp[] = [
  /(?:暂|暂时|一律|原则上)?(?:不|不予|不予以|不再|免于|免予|无需|无须|不需|不必|不宜|不得|不对外|不向社会)公开/,
  /暂不|暂缓|暂停|中止|终止|停止|取消|撤销|撤回|下线|关闭/,
  /仅限|只限|仅供|只供|限内部|限本单位|限校内/,
  /(?:仅|只|仅限|只限|限)(?:向|对|供|在|于|面向|本)/,
  /不再/,
  /内部|内网|涉密|保密|秘密|机密|敏感/,
  /不对外|不面向|不向社会|不公示|不发布|不提供/,
  /依申请(?:方可|才)?(?:提供|查阅)|需申请|经批准/,
];

/** The withdrawing phrase in a text, if any (on normalised text, so full-width and spacing tricks do not hide it). */
export function withdrawnPhrase(text: string): string | undefined {
  const t = normalizeText(text);
  for (const re of WITHDRAWN) {
    const m = re.exec(t);
    if (m) return m[0];
  }
  return undefined;
}
