/** The standard vocabulary of 公开渠道和载体 (national checkbox list, the seed's additions, schools'). */
import { closest } from 'fastest-levenshtein';
import { normalizeText } from './normalize.js';

export const STANDARD_CHANNELS: readonly string[] = [
  '政府网站',
  '政府公报',
  '两微一端',
  '发布会/听证会',
  '广播电视',
  '纸质媒体',
  '公开查阅点',
  '政务服务中心',
  '便民服务站',
  '入户/现场',
  '社区/企事业单位/村公示栏(电子屏)',
  '精准推送',
  '其他',
  '政务新媒体',
  '政务公开栏',
  '融媒体中心',
  '政务服务大厅教育信息公开专区',
  '学校公告栏',
  '学校网站',
];

const NORMALISED = new Set(STANDARD_CHANNELS.map(normalizeText));

/** Whether a channel is standard: a vocabulary entry (normalised) or `其他:说明`. */
export function isStandardChannel(channel: string): boolean {
  const n = normalizeText(channel);
  return NORMALISED.has(n) || /^其他[:：].+/.test(n);
}

/** Common informal names and the standard channel they mean, tried before spelling distance. */
const KEYWORDS: readonly [RegExp, string][] = [
  [/微信|微博|客户端|APP|app/, '两微一端'],
  [/公众号|抖音|视频号|头条|新媒体/, '政务新媒体'],
  [/官网|门户|网站/, '政府网站'],
  [/电视|广播|电台/, '广播电视'],
  [/报纸|报刊|宣传册|手册|纸质/, '纸质媒体'],
  [/发布会|听证/, '发布会/听证会'],
  [/大厅|专区/, '政务服务大厅教育信息公开专区'],
  [/服务中心/, '政务服务中心'],
  [/融媒/, '融媒体中心'],
  [/村|社区|电子屏|公示栏/, '社区/企事业单位/村公示栏(电子屏)'],
  [/公开栏|公告栏|宣传栏|橱窗/, '政务公开栏'],
  [/短信|推送|电话通知/, '精准推送'],
  [/查阅/, '公开查阅点'],
];

/** The standard channel nearest to an unknown one, for "did you mean". */
export function nearestChannel(channel: string): string {
  const keyword = KEYWORDS.find(([re]) => re.test(channel));
  if (keyword) return keyword[1];
  const contained = STANDARD_CHANNELS.find((c) => channel.includes(c) || c.includes(channel));
  return contained ?? closest(channel, STANDARD_CHANNELS as string[]);
}

/** The standard names, longest first: 学校网站 is read before 网站 (政府网站's keyword). */
const BY_LENGTH = [...STANDARD_CHANNELS].sort((a, b) => b.length - a.length).map((c) => [c, normalizeText(c).toLowerCase()] as const);

/** The standard channels a text names, by their names or the informal words for them (微信公众号, 官网, 公示栏). */
export function channelsNamedIn(text: string): ReadonlySet<string> {
  let rest = normalizeText(text).toLowerCase();
  const out = new Set<string>();
  for (const [channel, name] of BY_LENGTH) {
    if (!rest.includes(name)) continue;
    out.add(channel);
    rest = rest.split(name).join('·');
  }
  for (const [re, channel] of KEYWORDS) if (re.test(rest)) out.add(channel);
  return out;
}
