/** Traditional → simplified for the characters that words of (not) publishing are made of: 暫不公開 reads as 暂不公开. */

const PAIRS =
  '開开 暫暂 佈布 與与 僅仅 隻只 發发 準准 廢废 適适 證证 號号 詢询 閱阅 見见 錄录 實实 權权 須须 擇择 視视 況况 關关 閉闭 銷销 絕绝 應应 請请 對对 內内 們们 學学 長长 後后 時时 無无 這这 項项 圍围 終终 為为 現现 據据 辦办 處处 單单 條条 機机 構构 個个 體体 設设 網网 頁页 結结 點点 區区 縣县 園园 會会 書书 專专 說说 將将 門门 員员 從从 於于 國国 級级 務务 衛卫 輝辉 鄉乡 鎮镇 屬属 擬拟 記记 載载 傳传 遞递 並并 啟启 盡尽 屆届 歸归 檔档 獲获 訊讯 認认 許许 議议 論论 讓让 輯辑 鏈链 戶户 帳账 碼码 陸陆 註注 冊册 驗验 審审 緩缓 棄弃 滯滞 斷断 僅仅 祇只 衹只 須须 覽览 訪访 讀读 閲阅 執执 範范 態态 異异 屬属 聽听 報报 導导 佈布 發发 週周 廣广 護护 種种 類类 舉举 將将 凍冻 禁禁';

/**
 * Characters a reader reads as another (red team round 8): CJK Radicals Supplement forms that NFKC leaves alone (⺬ is
 * drawn like 示, ⻅ like 见, ⻔ like 门 …; the Kangxi radicals U+2F00– are mapped by NFKC already) and Japanese forms
 * (対 for 对, 発 for 发, 関 for 关 …). Only for reading words: comparisons with the baseline keep them unequal.
 */
const LOOK_ALIKES =
  '⺠民 ⺬示 ⺭礻 ⻅见 ⻓长 ⻑長 ⻔门 ⻚页 ⻛风 ⻜飞 ⻝食 ⻢马 ⻋车 ⻉贝 ⻈讠 ⻄西 ⻆角 ⻘青 ⻙韦 ⻥鱼 ⻦鸟 ⻨麦 ⻩黄 ⻫齐 ⻬齐 ⻭齿 ⻯龙 ⻳龟 ⺟母 ⺝月 ⺼月 ⺩王 ⺮竹 ⺯糸 ⺰纟 ⺶羊 ⺺聿 ⺽臼 ⻁虎 ⻂衤 ⻌辶 ⻍辶 ⻏阝 ⻖阝 ⻗雨 ⻣骨 ⻤鬼 ⻧卤 ⺁厂 ⺇几 ⺊卜 ⺓幺 ⺔彐 ⺖忄 ⺘扌 ⺙攵 ⺛旡 ⺡氵 ⺣灬 ⺨犭 ⺾艹 ⻊足 ⻟饣 ⺱罓 ⺲罒 ⺫罒 ⺹耂 ⻒镸 ⻞飠 ' +
  '対对 発发 関关 応应 権权 専专 広广 県县 単单 実实 図图 覧览 検检 続续 経经 済济 弁办 処处 拡扩 転转 軽轻 帰归 継继 価价 挙举 読读 説说 験验 査查 閲阅 総总 辺边 圧压 覚觉 択择 釈释 駅驿 鉄铁 売卖 変变 様样 浜滨';

const MAP: ReadonlyMap<string, string> = new Map(
  [...PAIRS.split(' '), ...LOOK_ALIKES.split(' ')].map((p) => {
    const [from = '', to = ''] = Array.from(p);
    return [from, to] as const;
  }),
);

/** `s` with the traditional characters and look-alikes above replaced by their simplified forms. */
export function toSimplified(s: string): string {
  return Array.from(s, (c) => MAP.get(c) ?? c).join('');
}
