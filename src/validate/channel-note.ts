/**
 * Words that narrow an item's 公开渠道和载体 while the channel list stays the baseline's (red team round 7): a note
 * saying 只通过微信公众号发布, 不在政府网站公开 or 公开渠道：学校公告栏. withdrawn-disclosure reads them on the item's text.
 */
import { channelsNamedIn } from './channels.js';
import { normalizeText } from './normalize.js';

/** Words for channels, as the standard list and channels.ts's informal words name them (text lower-cased). */
const WORDS =
  '政府网站|学校网站|网站|网页|官网|门户|网上|线上|公众号|微信|微博|客户端|app|抖音|视频号|头条|新媒体|公告栏|公示栏|公开栏|宣传栏|橱窗|电子屏|显示屏|广播|电视|电台|报纸|报刊|宣传册|纸质|公报|发布会|听证会|查阅点|服务中心|大厅|专区|服务站|融媒|短信|推送|家长群|微信群|qq群|班级群|钉钉|现场|入户';
const THROUGH = '(?:在|通过|经由|经|于|借助|依托|利用|用|以|由|到|上|放在|挂在)?';
const CLAUSE_GAP = '[^,，。；;、:：]';
/** Only through some: 只通过微信公众号, 仅以短信, 统一在学校公告栏 (仅在… is read already by withdrawn.ts). */
const RESTRICTED = new RegExp(`(?:仅|只|只有|唯有|仅限|只限|单独|专门|统一)${THROUGH}${CLAUSE_GAP}{0,12}?(?:${WORDS})`, 'gu');
/** The channels restated: 公开渠道：学校公告栏, 发布平台为政府网站. */
const RESTATED = new RegExp(`(?:渠道|载体|途径|平台)(?:和载体)?(?:为|是|限于?|仅为|:)+${CLAUSE_GAP}{0,12}?(?:${WORDS})`, 'gu');
/** Not through one: 不在政府网站公开, 不再通过官网发布, 停止在公众号推送. */
const NEGATED = new RegExp(`(?:不|不再|不会|未|无需|无须|不必|不予|不得|禁止|停止|取消|暂停|没有)${THROUGH}${CLAUSE_GAP}{0,6}?(?:${WORDS})`, 'gu');

/** Whether `clause` names every channel of the item (a standard one by its name or word, another by its text). */
function namesAll(clause: string, channels: readonly string[]): boolean {
  const named = channelsNamedIn(clause);
  const text = normalizeText(clause).toLowerCase();
  return channels.every((c) => named.has(c) || text.includes(normalizeText(c).toLowerCase()));
}

/**
 * The phrase in `t` (a text as withdrawnPhrase reads it) that narrows `channels`: a restriction or restatement that
 * leaves one of them out, or a negation of one of them. A negated channel the item does not use narrows nothing.
 */
export function channelNarrowing(t: string, channels: readonly string[]): string | undefined {
  if (channels.length === 0) return undefined;
  for (const m of t.matchAll(NEGATED)) {
    const named = channelsNamedIn(m[0]);
    if (channels.some((c) => named.has(c) || m[0].includes(normalizeText(c).toLowerCase()))) return m[0];
  }
  for (const re of [RESTRICTED, RESTATED]) {
    for (const m of t.matchAll(re)) {
      const clause = t.slice(m.index).split(/[。；;]/u)[0] ?? m[0];
      if (!namesAll(clause, channels)) return m[0];
    }
  }
  return undefined;
}
