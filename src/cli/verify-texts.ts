/** The words of `catalog verify` (help, usage errors, progress, summary) in zh and en. */
import { textLookup } from '../model/index.js';

const TEXTS = {
  'cmd': { zh: '市教育局核验报送的备案文件（catalog build 生成的 PDF 或 YAML 源文件）：内容检查、基准目录和文件完整性', en: 'verify filings as the municipal bureau does (PDFs made by catalog build, or YAML sources): content, baseline and integrity' },
  'arg': { zh: '备案文件、文件夹（其中全部 *.pdf、*.yaml）或通配符（如 "收文/**/*.pdf"）', en: 'filings, folders (every *.pdf and *.yaml below) or globs (e.g. "inbox/**/*.pdf")' },
  'opt.baseline': { zh: '市局的基准目录文件（默认：随工具发布的 catalogues/xinxiang/2020.yaml）', en: 'the bureau\'s baseline file (default: the shipped catalogues/xinxiang/2020.yaml)' },
  'opt.jobs': { zh: '同时核验的文件数（默认：CPU 核数减一，本机为 {n}）', en: 'filings verified in parallel (default: the core count less one, here {n})' },
  'opt.report': { zh: '把汇总表写到这个文件：.html、.md 或 .csv', en: 'write the summary table to this file: .html, .md or .csv' },
  'opt.maxSize': { zh: '单个文件的大小上限，超过的不读取（默认 50MB；可写 KB、MB、GB）', en: 'largest file read; bigger ones are refused unread (default 50MB; KB, MB, GB accepted)' },
  'opt.timeout': { zh: '每份文件的核验时限（秒，默认 60）', en: 'time limit per filing, in seconds (default 60)' },
  'err.noInputs': { zh: '没有指定要核验的文件。例如：catalog verify 收文/', en: 'No filings given. For example: catalog verify inbox/' },
  'err.missing': { zh: '找不到“{path}”', en: 'Not found: "{path}"' },
  'err.noFilings': { zh: '“{path}”中没有 .pdf、.yaml、.docx 或 .xlsx 文件', en: 'No .pdf, .yaml, .docx or .xlsx files in "{path}"' },
  'err.noMatch': { zh: '没有文件与“{pattern}”匹配', en: 'No files match "{pattern}"' },
  'err.jobs': { zh: '--jobs 应为 1 到 64 之间的整数，而不是“{value}”', en: '--jobs must be a whole number from 1 to 64, not "{value}"' },
  'err.timeout': { zh: '--timeout 应为正数（秒），而不是“{value}”', en: '--timeout must be a positive number of seconds, not "{value}"' },
  'err.maxSize': { zh: '--max-size 应为大小，如 50MB、800KB，而不是“{value}”', en: '--max-size must be a size such as 50MB or 800KB, not "{value}"' },
  'err.report': { zh: '--report 只能写 .html、.md 或 .csv 文件，而不是“{value}”', en: '--report writes .html, .md or .csv files only, not "{value}"' },
  'err.baseline': { zh: '无法读取基准目录“{path}”', en: 'Cannot read the baseline "{path}"' },
  'err.baselineKind': { zh: '“{path}”不是市级基准目录（kind: municipal），不能用作 --baseline', en: '"{path}" is not a municipal baseline (kind: municipal) and cannot be used with --baseline' },
  'progress': { zh: '核验 {bar} {n}/{total} {file}', en: 'Verifying {bar} {n}/{total} {file}' },
  'summary': { zh: '已核验 {total} 份备案：通过 {ok} 份，有警告 {warning} 份，有错误 {error} 份', en: 'Verified {total} filing(s): {ok} passed, {warning} with warnings, {error} with errors' },
  'report': { zh: '汇总表已写入 {path}', en: 'Summary table written to {path}' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type VerifyTextId = keyof typeof TEXTS;

/** A text of this table in the given language with `{slot}`s filled. */
export const vt = textLookup(TEXTS);
