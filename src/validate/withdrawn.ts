/**
 * Plain words that withdraw or narrow a disclosure: what withdrawn-disclosure looks for. Structural, not a list
 * of sentences: a negation or stop word before a verb of publishing (不予公布, 未予公开, 拒绝公开, 暂不公開), a
 * limitation before a verb of seeing (只有家长登录后可查看), an access barrier (登录, 实名, 凭学籍号查询), a
 * deferral (择期, 视情况), an end (不适用, 废止, 停更) and an exclusion (民办学校除外) — on text with invisible characters, widths and
 * traditional characters normalised away.
 */
import { channelNarrowing } from './channel-note.js';
import { normalizeText } from './normalize.js';
import { toSimplified } from './traditional.js';

/**
 * Words that contain a trigger but say nothing about withholding (不定期公开, 暂行办法, 未成年人, 免费提供), and the
 * carve-outs the law itself makes (不含个人隐私信息, 涉及个人隐私的除外, 隐藏身份证号) or a time limit's 不含节假日.
 */
const BENIGN =
  /(?:不含|不包括|不涉及|除去?)[^,，。；;、()]{0,8}?(?:隐私|个人信息|身份信息|节假日|休息日|双休日)|(?:隐藏|屏蔽|删除|删去|去除|遮挡)[^,，。；;、()]{0,8}?(?:隐私|个人信息|身份证|证件号|姓名|电话|住址)|涉及[^,，。；;、()]{0,10}?(?:隐私|个人信息)[^,，。；;、()]{0,4}?除外|不折不扣|不定期|不断|不少于|不超过|不晚于|不迟于|不低于|不高于|不等|不良|不合格|不规范|不达标|不符合|不当|不实|不仅|不只|只增不减|未成年|暂行|非营利|非税|免费|有限公司|期限|时限|权限内/gu;

const VERB = '(?:公开|公布|公示|发布|提供|更新|披露|查阅|查询|查看|展示|张贴|上网|对外|发放)';
const GAP = (n: number): string => `[^,，。；;、:：]{0,${n}}?`;

/** Each pattern names one way of saying "not (or no longer, or not to everyone) published", most specific first. */
const WITHDRAWN: readonly RegExp[] = [
  /(?:暂|暂时|一律|原则上)?(?:不|不予|不予以|不再|免于|免予|无需|无须|不需|不必|不宜|不得|不对外|不向社会)公开/u,
  /暂不|暂缓|暂停|中止|终止|停止|取消|撤销|撤回|下线|关闭|推迟|推后|延期|延后/u,
  /仅限|只限|仅供|只供|限内部|限本单位|限校内/u,
  /(?:仅|只|仅限|只限|限)(?:向|对|供|在|于|面向|本)/u,
  /不再/u,
  /内部|内网|涉密|保密|秘密|机密|敏感/u,
  /不对外|不面向|不向社会|不公示|不发布|不提供/u,
  new RegExp(
    `(?:不予以|不予|不作|不做|不得|不宜|不便|不能|不可|不准|不允许|不会|不需要|拒绝|拒不|禁止|严禁|暂未|未予|未能|无法|无从|难以|没有|没法|谢绝|婉拒)${GAP(3)}${VERB}`,
    'u',
  ),
  // A deferral: 推迟至2026年公开, 明年起公开, 待上级批准后公开, 年底统一公布 — later is not now.
  new RegExp(
    `(?:推迟|推后|延期|延后|延缓|缓期)${GAP(10)}${VERB}|(?:明年|次年|来年|下一?年度?|下学期|下半年|今后|将来)(?:起|后|再|开始|才)?${GAP(4)}${VERB}|\\d{4}年${GAP(6)}(?:起|后|再|开始|才)${GAP(4)}${VERB}|(?:将于|将在|拟于|拟在|计划于)${GAP(8)}${VERB}|(?:年底|年末|年终)${GAP(4)}${VERB}|(?:待|等|获)${GAP(12)}后${GAP(4)}${VERB}`,
    'u',
  ),
  // Part of it, or at someone's discretion: 选择性公开, 摘要公布, 是否公开由学校决定, 按需公开.
  new RegExp(`(?:部分|选择性|有选择地?|摘要|摘录|节选|抽样|抽查|按需|酌定)${VERB}|是否${VERB}`, 'u'),
  // Not published but kept, or stated as absent: 归档备查, 内容从略, 此项空缺, 待补充.
  /备查|存档|归档|从略|略去|空缺|阙如|待补充|待完善/u,
  new RegExp(`(?:不${GAP(3)}|未${GAP(1)}|非)${VERB}`, 'u'),
  /停更|停发|停用|停办|撤下|废止|作废|失效|不适用|无效/u,
  // An exclusion cuts part of the item away: 民办学校除外, 不含农村学校, 除城区学校外 (red team round 5).
  /不含|不包括|不涵盖|除外|(?:除了?|排除)[^,，。；;、:：]{1,12}?(?:外|以外|之外)/u,
  // Stated absent, taken down, or told to the person instead of published (round 5): 本县无此项, 栏目建设中, 已下架, 告知本人.
  /无此项|无此类|无该项|不涉及|暂无|尚无|建设中|维护中|筹建中|待建|下架|搁置|封存|冻结|撤除|删除|隐藏|屏蔽/u,
  // Only part of it: 仅公开当年, 只公开汇总数据 (round 5).
  /(?:仅|只)(?:公开|公布|公示|发布|提供)/u,
  /告知本人|通知本人|通知到(?:本人|个人)|(?:单独|个别|逐一)(?:告知|通知)|(?:仅|只)(?:通知|告知)/u,
  new RegExp(`(?:仅|只有?|唯有)${GAP(10)}(?:可查|可见|可看|查看|查阅|提供|知悉|浏览|下载|获取|可以)`, 'u'),
  new RegExp(
    `登录|登陆|实名|注册后|账号|帐号|密码|校内网|授权|凭${GAP(10)}(?:查询|查看|查阅|获取|领取|办理)|需${GAP(4)}(?:验证|审批|审核|登记|同意)|经${GAP(4)}(?:批准|同意|审批|审定|签批)`,
    'u',
  ),
  /择期|视情况|酌情|适时|另行(?:通知|公布|公开|确定)|待定|根据需要|必要时|不定时|有条件/u,
  // Only part, the verb first (round 7): 公开摘要, 公开部分内容, 公布汇总数据, 公开主要内容, 公开到乡镇一级.
  new RegExp(
    `(?:公开|公布|公示|发布|披露)(?:其|相关)?(?:摘要|概要|要点|部分|主要|汇总|总数|总体|概况|简况|简要|节选|摘录)|(?:公开|公布|公示|发布)(?:到|至)${GAP(6)}(?:一级|层面|层级|为止)`,
    'u',
  ),
  // At discretion (round 7): 原则上公开, 可以公开, 一般予以公开, 逐步公开, 尽量公开, 争取公开, 适当公开 — "shall" made "may".
  /(?:原则上|一般|通常|可以|可|可予|尽量|尽可能|争取|力争|逐步|适当|酌量|择要)(?:予以|予|进行|地)?(?:公开|公布|公示|发布|披露)/u,
  // Round 8: exempted (暂免公开, 豁免公开, 免予披露), put off to a condition or an unnamed time (条件成熟后, 择机, 稍后,
  // 视工作进展, 另定), out of scope (不属于主动公开范围), at discretion (公开与否), not carried out (本县未开展此项工作,
  // 无相关信息), or handed down (改由各学校自行公开).
  /(?:暂免|豁免|免除|免予|免于|免)(?:予以|予)?(?:公开|公布|公示|披露)|豁免/u,
  new RegExp(
    `(?:条件|时机)(?:成熟|具备|允许)|成熟一项|择机|伺机|相机|稍后|(?<![作\\d一二三四五六七八九十])日后|以后再|往后|后续再|视${GAP(6)}(?:进展|进度|需要|安排|情形)|另定|另行(?:安排|决定)`,
    'u',
  ),
  new RegExp(`不(?:属于|在|纳入|列入)${GAP(8)}(?:公开|公示|发布)(?:范围|事项|目录|内容|清单)`, 'u'),
  new RegExp(`${VERB}与否`, 'u'),
  /(?:未|尚未|没有|暂未)开展|(?:无|没有)(?:相关|有关|此类|该类)(?:信息|内容|数据|情况|事项)/u,
  new RegExp(`(?:改由|交由|转由|移交|下放)${GAP(10)}${VERB}`, 'u'),
  // Round 9 (o21): what a 印发通知 tells the schools not to carry out, in words of carrying out rather than of publishing
  // (本县不执行, 各校无需落实, 免于执行), left out of the catalogue (不纳入本目录, 不列入, 从目录中去掉, 划去) or made optional
  // (不作要求, 仅作参考).
  /(?:不|不予|无需|无须|不需|不必|不用|免于|免予|暂缓|停止|不再|暂不)[^,，。；;、:：]?(?:执行|落实|实施|施行)/u,
  /不(?:纳入|列入)|去掉|划去|划掉|删掉|拿掉|删去/u,
  /不[作做](?:统一|具体|硬性)?要求|(?:仅|只)(?:作|做|供)?参考/u,
  // Round 9 (o22): the catalogue published as a draft (征求意见稿, 草案): nothing of it is in force.
  /征求意见稿|意见稿|讨论稿|送审稿|审议稿|未定稿|初稿|草稿|草案|样稿/u,
];

/** Who may read, restated narrower than 全社会: 公开对象：本校家长, 公开范围为本校, 限家长查阅, 面向本校学生家长 (round 5). */
const GROUP = '(?:本校|校内|家长|学生|教师|教职工|特定|当事人|申请人|本人|班级|内部|本单位|相关人员)';
const NARROWED = new RegExp(
  `(?:对象|范围)(?:为|是|限于?|仅为|:)+${GAP(3)}${GROUP}|限(?:家长|学生|教师|教职工|当事人|申请人|班级)|面向(?:本校|校内|家长|当事人|申请人|本人|班级|特定)`,
  'u',
);

/** Asking first (依申请, and in other words: 被动公开, 按申请提供, 来函索取) is a withdrawal only for an item the baseline publishes of its own accord (主动). */
const ON_REQUEST = new RegExp(
  `依申请|需申请|申请后|经申请|申请公开|(?:按|应|根据|凭)申请|被动(?:公开|提供)|非主动|函索|索取|(?:需|须|需要|必须|要)${GAP(4)}申请|申请(?:获取|查阅|查询|提供|领取)`,
  'u',
);

export interface WithdrawnContext {
  /** The item is published on request (公开方式 includes 依申请): 依申请公开 then says nothing new. */
  readonly onRequest?: boolean;
  /** The item is for everyone (公开对象 includes 全社会, the default): a narrower audience in words then withdraws. */
  readonly toEveryone?: boolean;
  /** The item's 公开渠道和载体: words that leave one out (只通过公众号发布, 不在政府网站公开) then narrow it (round 7). */
  readonly channels?: readonly string[];
}

/** The text as the patterns read it: normalised, simplified, lower case, benign words masked. */
function withdrawnReading(text: string): string {
  // Marks normalizeText keeps so that texts compare unequal (strokes, bidi controls) must not split a phrase here.
  return toSimplified(
    normalizeText(text).replace(/[\u0334-\u0338\u20D2\u20D3\u20D8-\u20DA\u20DD-\u20E6\u20E9-\u20EB\u1CD4\u1CE2-\u1CE8\u202A-\u202E\u2066-\u2069]/gu, ''),
  )
    .toLowerCase()
    .replace(BENIGN, '·');
}

/** The withdrawing phrase in a text, if any. */
export function withdrawnPhrase(text: string, context: WithdrawnContext = {}): string | undefined {
  const t = withdrawnReading(text);
  for (const re of WITHDRAWN) {
    const m = re.exec(t);
    if (m) return m[0];
  }
  const channel = context.channels ? channelNarrowing(t, context.channels) : undefined;
  if (channel !== undefined) return channel;
  if (context.toEveryone !== false) {
    const narrowed = NARROWED.exec(t)?.[0];
    if (narrowed !== undefined) return narrowed;
  }
  if (!context.onRequest) return ON_REQUEST.exec(t)?.[0];
  return undefined;
}
