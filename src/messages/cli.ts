/** The CLI's own words (usage, summaries, errors) in zh and en; rule messages live with their rules. */
import { textLookup, type Lang } from '../model/index.js';

const TEXTS = {
  'program': {
    zh: '义务教育领域基层政务公开标准目录编译器：检查、生成并核验目录文件',
    en: 'Compiler for compulsory-education disclosure catalogues: check, build and verify',
  },
  'opt.lang': { zh: '提示信息的语言：zh（中文，默认）或 en', en: 'language of messages: zh (default) or en' },
  'opt.format': { zh: '输出格式：{formats}', en: 'output format: {formats}' },
  'opt.baseline': {
    zh: '用这个文件代替 extends 中的市级基准目录（如 xinxiang@2020）',
    en: 'use this file for the municipal baseline named in extends (e.g. xinxiang@2020)',
  },
  'opt.quiet': { zh: '只显示错误', en: 'show errors only' },
  'opt.verbose': { zh: '同时显示提示（info）级别的信息', en: 'also show info findings' },
  'opt.strict': { zh: '有警告时也以失败退出', en: 'fail on warnings too' },
  'opt.debug': { zh: '出现内部错误时显示调用栈', en: 'show stack traces of internal errors' },
  'opt.json': { zh: '输出 JSON 而不是 YAML', en: 'print JSON instead of YAML' },
  'opt.help': { zh: '显示帮助', en: 'show help' },
  'opt.version': { zh: '显示版本号', en: 'show the version' },
  'cmd.check': {
    zh: '检查目录文件（不生成文件）；不指定文件时检查 ./catalogues 下的全部 *.yaml',
    en: 'check catalogue files (writes nothing); without FILES every *.yaml under ./catalogues',
  },
  'cmd.resolve': { zh: '输出合并基准目录之后的完整目录', en: 'print the resolved catalogue (baseline overlaid)' },
  'cmd.explain': { zh: '显示某条规则的说明；不指定规则时列出全部规则', en: "show a rule's documentation; without RULE list every rule" },
  'cmd.build': {
    zh: '检查后生成印发通知、备案报告（DOCX、PDF）和门户页面（HTML）；有错误时不生成',
    en: 'check, then write the notice, the filing report (DOCX, PDF) and the portal page (HTML); nothing is written when there are errors',
  },
  'opt.out': { zh: '输出文件夹', en: 'output folder' },
  'opt.only': {
    zh: '只生成一部分，用逗号分隔：notice、filing、html、docx、pdf',
    en: 'build only some parts, comma-separated: notice, filing, html, docx, pdf',
  },
  'opt.templates': {
    zh: '使用这个文件夹里的模板（notice.hbs、filing.hbs、portal.hbs）代替默认模板',
    en: 'use the templates in this folder (notice.hbs, filing.hbs, portal.hbs) instead of the defaults',
  },
  'opt.profile': {
    zh: 'DOCX 字体名称方案：gbt9704（仿宋_GB2312 等，默认）或 windows（仿宋、楷体、黑体、宋体）',
    en: 'DOCX font names: gbt9704 (仿宋_GB2312 …, default) or windows (仿宋, 楷体, 黑体, 宋体)',
  },
  'opt.fonts': {
    zh: 'PDF 使用这个文件夹里的本单位公文字体（如 Windows 的 Fonts 文件夹）',
    en: "embed the office's own fonts from this folder in the PDF (e.g. a Windows Fonts folder)",
  },
  'arg.files': { zh: '目录文件或文件夹', en: 'catalogue files or folders' },
  'arg.file': { zh: '目录文件', en: 'a catalogue file' },
  'arg.rule': { zh: '规则编号，如 removed-item', en: 'a rule id, e.g. removed-item' },
  'err.noCatalogues': {
    zh: '没有指定文件，当前目录下也没有 catalogues 文件夹。请写出要检查的文件，如 catalog check catalogues/weihui.yaml',
    en: 'No files given and no catalogues folder here. Name the files, e.g. catalog check catalogues/weihui.yaml',
  },
  'err.noYaml': { zh: '“{path}”中没有 .yaml 文件', en: 'No .yaml files in "{path}"' },
  'err.missing': { zh: '找不到文件“{path}”', en: 'File not found: "{path}"' },
  'err.baseline': { zh: '无法读取基准目录“{path}”', en: 'Cannot read the baseline "{path}"' },
  'err.noMatch': {
    zh: '没有文件与“{pattern}”匹配（通配符由程序展开，请加引号）',
    en: 'No files match "{pattern}" (the program expands wildcards; quote them)',
  },
  'err.unreadable': { zh: '无法读取“{path}”：{reason}', en: 'Cannot read "{path}": {reason}' },
  'err.notRegular': { zh: '“{path}”不是普通文件（是设备或管道），未读取', en: '"{path}" is not a regular file (a device or a pipe); it was not read' },
  'err.tooLarge': { zh: '“{path}”超过 {limit}，不是目录文件，未读取', en: '"{path}" is over {limit}: not a catalogue file; it was not read' },
  'err.fontFolderMissing': {
    zh: '--fonts 指定的字体文件夹“{path}”不存在，未写入任何文件',
    en: 'the --fonts folder "{path}" does not exist; nothing was written',
  },
  'err.fontFolder': {
    zh: '--fonts 指定的字体文件夹“{path}”无法读取：{reason}，未写入任何文件',
    en: 'cannot read the --fonts folder "{path}": {reason}; nothing was written',
  },
  'err.fontFile': {
    zh: '字体文件“{path}”无法使用：{reason}。请换一份完好的字体文件，或不用 --fonts（改用自带字体）；未写入任何文件',
    en: 'cannot use the font file "{path}": {reason}. Replace it with an intact copy, or build without --fonts (the bundled fonts); nothing was written',
  },
  'err.unwritable': {
    zh: '无法写入“{path}”：{reason}（检查文件夹是否存在、有无写入权限，或文件是否被其他程序打开）',
    en: 'Cannot write "{path}": {reason} (does the folder exist and is it writable, or is the file open in another program?)',
  },
  'err.unwritableNone': {
    zh: '无法写入“{path}”：{reason}（检查文件夹是否存在、有无写入权限、磁盘空间是否足够，或文件是否被其他程序打开）。未写入任何文件，原有文件保持不变',
    en: 'Cannot write "{path}": {reason} (does the folder exist and is it writable, is the disk full, or is the file open in another program?). Nothing was written; the previous files are unchanged',
  },
  'err.templatesNotDir': {
    zh: '--templates 指定的“{path}”不是文件夹：请给出放 notice.hbs、filing.hbs、portal.hbs 的文件夹',
    en: '--templates "{path}" is not a folder: give the folder that holds notice.hbs, filing.hbs and portal.hbs',
  },
  'err.outNotDir': { zh: '-o 指定的“{path}”不是文件夹，未写入任何文件', en: '-o "{path}" is not a folder; nothing was written' },
  'err.format': { zh: '不支持的输出格式“{format}”，可用：{formats}', en: 'Unknown format "{format}"; use one of: {formats}' },
  'err.lang': { zh: '不支持的语言“{lang}”，可用：zh、en', en: 'Unknown language "{lang}"; use zh or en' },
  'err.unknownRuleNone': { zh: '没有规则“{rule}”，用 catalog explain 列出全部规则', en: 'No rule "{rule}"; catalog explain lists them all' },
  'err.unknownRule': {
    zh: '没有规则“{rule}”，是不是“{suggestion}”？用 catalog explain 列出全部规则',
    en: 'No rule "{rule}"; did you mean "{suggestion}"? catalog explain lists them all',
  },
  'err.notResolved': { zh: '“{file}”无法解析为完整目录，原因见上', en: '"{file}" could not be resolved; see above' },
  'err.usage': { zh: '用法错误：{detail}（用 --help 查看用法）', en: 'Usage error: {detail} (see --help)' },
  'err.internal': {
    zh: '内部错误：{detail}（加 --debug 查看详情，并请报告此问题）',
    en: 'Internal error: {detail} (run with --debug for details, and please report it)',
  },
  'err.only': {
    zh: '--only 不认识“{value}”，可用：notice、filing、html、docx、pdf',
    en: '--only does not know "{value}"; use notice, filing, html, docx, pdf',
  },
  'err.profile': { zh: '--profile 不认识“{value}”，可用：gbt9704、windows', en: '--profile does not know "{value}"; use gbt9704 or windows' },
  'err.outside': { zh: '拒绝写到输出文件夹之外：{name}', en: 'refusing to write outside the output folder: {name}' },
  'err.overwriteSource': {
    zh: '拒绝覆盖源文件：{path}（请用 -o 指定另一个输出文件夹）',
    en: 'refusing to overwrite a source file: {path} (choose another folder with -o)',
  },
  'build.refused': { zh: '有错误，未生成任何文件。请先改正上面的错误', en: 'There are errors: nothing was written. Fix the errors above first' },
  'build.progress': { zh: '正在生成 {n}/{total}：{file}', en: 'Building {n}/{total}: {file}' },
  'build.undated': {
    zh: '{file}：没有写成文日期（document.date），公文中的日期留空，签发时手写；要印出日期，请在 document 下写 date: 2020-10-28',
    en: '{file}: no document.date; the date is left blank to be written by hand when signed. To print it, add date: 2020-10-28 under document',
  },
  'build.noNumber': {
    zh: '{file}：没有写印发通知的发文字号（document.number），版头的文号留空；请在 document 下写 number: 卫教〔2020〕45号',
    en: "{file}: no document.number; the notice's document number is left blank. Add number: 卫教〔2020〕45号 under document",
  },
  'build.noFilingNumber': {
    zh: '{file}：没有写备案报告的发文字号（document.filingNumber），版头的文号留空；请在 document 下写 filingNumber: 卫教〔2020〕46号',
    en: "{file}: no document.filingNumber; the filing report's document number is left blank. Add filingNumber: 卫教〔2020〕46号 under document",
  },
  'build.noSigner': {
    zh: '{file}：没有写签发人（document.signer），备案报告是上行文，版头应当写明签发人；请在 document 下写 signer: 张三',
    en: '{file}: no document.signer; the filing report goes to a higher authority and names its signer in the header. Add signer: 张三 under document',
  },
  'build.summary': { zh: '已生成 {files} 个文件（{catalogues} 个目录）→ {dir}/', en: 'Wrote {files} file(s) for {catalogues} catalogue(s) to {dir}/' },
  'explain.list': { zh: '规则（用 catalog explain 规则编号 查看说明）：', en: 'Rules (catalog explain RULE shows one):' },
} as const satisfies Record<string, { zh: string; en: string }>;

/** A text of this table in the given language with `{slot}`s filled. */
export const t = textLookup(TEXTS);

/** The language asked for on the command line, read before commander parses (help text depends on it). */
export function langFromArgv(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return 'zh';
  const value = argv[i]?.includes('=') ? argv[i]?.split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'zh';
}

/** Commander's help headings in Chinese. */
export const HELP_TITLES_ZH: Readonly<Record<string, string>> = {
  'Usage:': '用法：',
  'Options:': '选项：',
  'Arguments:': '参数：',
  'Commands:': '命令：',
  'Global Options:': '全局选项：',
};
