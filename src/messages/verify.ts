/** The words of `catalog verify` (help, usage errors, progress, summary) in zh and en. */
import { textLookup } from '../model/index.js';

const TEXTS = {
  'cmd': {
    zh: '市教育局核验报送的备案文件（catalog build 生成的 PDF、YAML 源文件或 Word/Excel 目录表）：内容检查、基准目录和文件完整性',
    en: 'verify filings as the municipal bureau does (PDFs made by catalog build, YAML sources, or Word/Excel catalogue tables): content, baseline and integrity',
  },
  'arg': {
    zh: '备案文件、文件夹（其中的全部文件，含隐藏文件；不能核验的列为未核验）或通配符（如 "收文/**/*.pdf"）',
    en: 'filings, folders (every file below, hidden ones included; those it cannot verify are listed as not verified) or globs (e.g. "inbox/**/*.pdf")',
  },
  'opt.baseline': {
    zh: '本单位的基准目录：市局用市级目录（默认：随工具发布的 catalogues/xinxiang/2020.yaml），县教育局核验本县学校的备案时用本县目录',
    en: "the bureau's baseline: the municipal catalogue for the city (default: the shipped catalogues/xinxiang/2020.yaml), a county's own catalogue when it verifies its schools' filings",
  },
  'opt.jobs': { zh: '同时核验的文件数（默认：CPU 核数减一，本机为 {n}）', en: 'filings verified in parallel (default: the core count less one, here {n})' },
  'opt.report': { zh: '把汇总表写到这个文件：.html、.md、.csv 或 .json', en: 'write the summary table to this file: .html, .md, .csv or .json' },
  'opt.expect': {
    zh: '应报送单位名单（CSV，两列：地区、目录编号，可有表头；UTF-8 或 GBK）：汇总表每个单位一行，标出未报送、重复',
    en: 'the units that must file (CSV, two columns: region, catalogue id; optional header; UTF-8 or GBK): one row per unit, flagging missing and duplicate filings',
  },
  'err.expectRead': { zh: '无法读取名单“{path}”', en: 'Cannot read the list "{path}"' },
  'err.expect.columns': {
    zh: '名单“{path}”第 {line} 行有 {detail} 列：每行应为两列“地区,目录编号”（如：卫辉市,weihui）',
    en: 'The list "{path}" has {detail} column(s) on line {line}: each row must have two, "region,catalogue id" (e.g. 卫辉市,weihui)',
  },
  'err.expect.empty': { zh: '名单“{path}”第 {line} 行的地区或目录编号是空的', en: 'The list "{path}" has an empty region or id on line {line}' },
  'err.expect.duplicate': { zh: '名单“{path}”第 {line} 行的目录编号重复（{detail}）', en: 'The list "{path}" repeats an id on line {line} ({detail})' },
  'err.expect.noRows': { zh: '名单“{path}”中没有单位', en: 'The list "{path}" names no units' },
  'err.expect.encoding': {
    zh: '名单“{path}”既不是 UTF-8 也不是 GBK 编码，请另存为 UTF-8 的 CSV',
    en: 'The list "{path}" is neither UTF-8 nor GBK; save it as a UTF-8 CSV',
  },
  'err.expect.quote': { zh: '名单“{path}”第 {line} 行的引号不配对', en: 'The list "{path}" has unbalanced quotes on line {line}' },
  'opt.maxSize': {
    zh: '单个文件的大小上限，超过的不读取（默认 50MB；可写 KB、MB、GB）',
    en: 'largest file read; bigger ones are refused unread (default 50MB; KB, MB, GB accepted)',
  },
  'opt.timeout': { zh: '每份文件的核验时限（秒，默认 60）', en: 'time limit per filing, in seconds (default 60)' },
  'opt.fonts': {
    zh: '可信字体目录（如 C:\\Windows\\Fonts 的副本）：用 --fonts 生成的备案用其中对应的字体重新生成后比对',
    en: 'a trusted font folder (e.g. a copy of C:\\Windows\\Fonts): filings built with --fonts are rebuilt in its matching fonts and compared',
  },
  'err.fonts': { zh: '--fonts 应为可读取的字体目录，而“{path}”不是', en: '--fonts must be a readable font folder; "{path}" is not' },
  'err.noInputs': { zh: '没有指定要核验的文件。例如：catalog verify 收文/', en: 'No filings given. For example: catalog verify inbox/' },
  'err.missing': { zh: '找不到“{path}”', en: 'Not found: "{path}"' },
  'err.noFilings': { zh: '“{path}”中没有文件', en: 'No files in "{path}"' },
  'err.noMatch': { zh: '没有文件与“{pattern}”匹配', en: 'No files match "{pattern}"' },
  'err.jobs': { zh: '--jobs 应为 1 到 64 之间的整数，而不是“{value}”', en: '--jobs must be a whole number from 1 to 64, not "{value}"' },
  'err.timeout': { zh: '--timeout 应为正数（秒），而不是“{value}”', en: '--timeout must be a positive number of seconds, not "{value}"' },
  'err.maxSize': { zh: '--max-size 应为大小，如 50MB、800KB，而不是“{value}”', en: '--max-size must be a size such as 50MB or 800KB, not "{value}"' },
  'err.report': {
    zh: '--report 只能写 .html、.md、.csv 或 .json 文件，而不是“{value}”',
    en: '--report writes .html, .md, .csv or .json files only, not "{value}"',
  },
  'err.epoch': { zh: 'SOURCE_DATE_EPOCH 应为秒数（整数），而不是“{value}”', en: 'SOURCE_DATE_EPOCH must be a whole number of seconds, not "{value}"' },
  'err.baseline': { zh: '无法读取基准目录“{path}”', en: 'Cannot read the baseline "{path}"' },
  'err.baselineKind': {
    zh: '“{path}”既不是市级基准目录（kind: municipal），也不是县级目录（kind: county），不能用作 --baseline',
    en: '"{path}" is neither a municipal baseline (kind: municipal) nor a county catalogue (kind: county) and cannot be used with --baseline',
  },
  'err.baselineCounty': {
    zh: '县级目录“{path}”无法按它继承的市级目录解析（请先用 catalog check 检查它），不能用作 --baseline',
    en: 'The county catalogue "{path}" does not resolve against the municipal catalogue it extends (run catalog check on it first) and cannot be used with --baseline',
  },
  'progress': { zh: '核验 {bar} {n}/{total} {file}', en: 'Verifying {bar} {n}/{total} {file}' },
  'summary': {
    zh: '已核验 {total} 份备案：通过 {ok} 份，有警告 {warning} 份，有错误 {error} 份',
    en: 'Verified {total} filing(s): {ok} passed, {warning} with warnings, {error} with errors',
  },
  'skipped': { zh: '；另有 {n} 个文件未核验（见上）', en: '; {n} more file(s) not verified (see above)' },
  'report': { zh: '汇总表已写入 {path}', en: 'Summary table written to {path}' },
  'units': { zh: '应报送 {total} 个单位，已报送 {filed} 个', en: '{total} unit(s) must file, {filed} did' },
  'unitsMissing': { zh: '；未报送 {n} 个：{names}', en: '; {n} not filed: {names}' },
  'unitsDuplicate': { zh: '；重复报送 {n} 个（以最新的为准）：{names}', en: '; {n} filed more than once (the latest counts): {names}' },
  'unitsMismatch': {
    zh: '；{n} 个单位的编号下有其他单位的备案（不符）：{names}',
    en: "; {n} unit(s) with another unit's filing under their id (mismatch): {names}",
  },
  'unitName': { zh: '{region}（{id}）', en: '{region} ({id})' },
  'unitSep': { zh: '、', en: ', ' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type VerifyTextId = keyof typeof TEXTS;

/** A text of this table in the given language with `{slot}`s filled. */
export const vt = textLookup(TEXTS);
