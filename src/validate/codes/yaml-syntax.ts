/** yaml-syntax: the file is not valid YAML 1.2 core, or has a Chinese-keyboard slip (reported by the loader). */
import { defineStageCode } from '../rule.js';

export default defineStageCode({
  id: 'yaml-syntax',
  severity: 'error',
  description: {
    zh: '文件不是有效的 YAML 1.2（含重复的键、全角符号、指令、标签和合并键）',
    en: 'The file is not valid YAML 1.2 core (duplicate keys, full-width punctuation, directives, tags and merge keys included)',
  },
  messages: {
    default: {
      zh: 'YAML 语法错误，读不出这一处。请检查这一行的缩进、冒号和引号',
      en: 'YAML syntax error: {detail}. Check the indentation, colons and quotes on this line',
    },
    duplicateKey: {
      zh: '同一层级出现了重复的键“{found}”。每个键只能写一次，请合并或删除重复的一项',
      en: 'Duplicate key "{found}" at the same level. Write each key once; merge or delete the repeated one',
    },
    tab: {
      zh: '缩进用了制表符（Tab）。YAML 只能用空格缩进，请把 Tab 换成两个空格',
      en: 'A tab is used for indentation. YAML indents with spaces only: replace the tab by two spaces',
    },
    indent: {
      zh: '缩进不正确：同一层级的键要对齐，列表项“- ”要比上一级多缩进',
      en: 'Bad indentation: {detail}. Keys of one level must line up; list items "- " are indented under their key',
    },
    multipleDocs: { zh: '一个文件里只能有一个目录（发现了多余的“---”分隔线）', en: 'A file holds one catalogue only (an extra "---" separator was found)' },
    missingChar: {
      zh: '缺少字符：请检查括号、引号是否成对，键后面是否写了半角冒号加空格“: ”',
      en: 'A character is missing: {detail}. Check that brackets and quotes are paired and each key is followed by ": "',
    },
    missingColon: {
      zh: '“{found}”后面缺少冒号：键和值之间要写半角冒号加空格“: ”，如 region: 延津县',
      en: '"{found}" is not followed by a colon: write an ASCII colon and a space ": " between key and value, e.g. region: 延津县',
    },
    unclosedSeq: {
      zh: '方括号“[”没有对应的“]”：列表要写成 [甲, 乙]，两边都用半角方括号',
      en: 'A "[" has no matching "]": write a list as [a, b], with ASCII brackets on both sides',
    },
    unclosedMap: {
      zh: '花括号“{”没有对应的“}”：映射要写成 {name: 赵六, phone: 0373-0000000}，两边都用半角花括号',
      en: 'A "{" has no matching "}": write a mapping as {name: Zhao, phone: 0373-0000000}, with ASCII braces on both sides',
    },
    unclosedDouble: {
      zh: '英文双引号“"”没有成对：值的两头各写一个半角双引号',
      en: 'An ASCII double quote (") is not closed: put one at each end of the value',
    },
    unclosedSingle: {
      zh: "英文单引号“'”没有成对：值的两头各写一个半角单引号",
      en: "An ASCII single quote (') is not closed: put one at each end of the value",
    },
    unexpected: {
      zh: '这里不能出现“{found}”：以 @ ` % | > 等符号开头或含有“: ”“ #”的值要用英文双引号括起来，括号要成对',
      en: '"{found}" cannot appear here ({detail}): quote a value that starts with @ ` % | > or contains ": " or " #", and pair the brackets',
    },
    nestedMap: {
      zh: '值里有“: ”（冒号加空格），会被当成又一层“键: 值”：请用英文双引号把整个值括起来，如 note: "说明: 由学校同步公示"',
      en: 'The value holds ": " (colon, space) and reads as another "key: value": put the whole value in ASCII double quotes, e.g. note: "说明: 由学校同步公示"',
    },
    blockInFlow: {
      zh: '方括号 [ ] 或花括号 { } 里不能再分行写“- ”列表或“键: 值”',
      en: 'A "- " list or "key: value" lines cannot be written inside [ ] or { }',
    },
    badEscape: {
      zh: '双引号里的“{found}”不是有效的转义：反斜杠“\\”要写成“\\\\”，或改用单引号',
      en: '"{found}" inside double quotes is not a valid escape: write a backslash as "\\\\", or use single quotes',
    },
    longKey: { zh: '键太长（超过 1024 个字符）：是不是少写了冒号“: ”？', en: 'A key is over 1024 characters: is a ": " missing?' },
    props: { zh: '锚点（&）或标签的写法不对：一个值前只能有一个锚点，引用（*）前不能再加锚点', en: 'Anchors (&) or tags are misplaced: {detail}' },
    nul: {
      zh: '文件中含有空字符（NUL），不是文本文件或已损坏。请用文本编辑器重新保存',
      en: 'The file contains a NUL byte: it is not a text file or is damaged. Re-save it from a text editor',
    },
    aliasBomb: { zh: '别名（*引用）展开过多，文件被拒绝', en: 'Too many alias (*reference) expansions; the file is refused: {detail}' },
    badAlias: {
      zh: '引用“{found}”前面没有对应的锚点（&）：先在要引用的值前写“&名称”，再用“*名称”引用',
      en: 'The alias "{found}" has no anchor before it: mark the value with "&name" first, then refer to it with "*name"',
    },
    tooDeep: { zh: '嵌套层级过深，文件被拒绝', en: 'Nesting is too deep; the file is refused' },
    tooLarge: {
      zh: '文件有 {size}，超过目录文件 {limit} 的上限，未作检查（目录文件通常不到 100 KB，请检查是否选错了文件）',
      en: 'The file is {size}, over the {limit} limit for a catalogue file, and was not checked (catalogues are usually under 100 KB: is it the right file?)',
    },
    nonStringKey: {
      zh: '键必须是文字，不能是列表或映射。请改用目录格式中的键（如 name:）',
      en: 'Keys must be text, not a list or a mapping. Use a key of the catalogue format (such as name:)',
    },
    directive: {
      zh: '不接受指令“{found}”：目录文件一律按 YAML 1.2 读取，指令会改变读法。请删除这一行（文件开头的“---”也可以删除）',
      en: 'The directive "{found}" is refused: catalogue files are always read as YAML 1.2, and a directive changes how they read. Delete this line (the "---" after it may go too)',
    },
    tag: {
      zh: '不接受标签“{found}”：目录文件只用普通的文字、数字、列表和映射。请删除“{found}”；要把值当作文字，用英文双引号括起来',
      en: 'The tag "{found}" is refused: catalogue files use plain text, numbers, lists and mappings only. Delete "{found}"; to make a value text, put it in ASCII double quotes',
    },
    mergeTag: {
      zh: '不接受标签“!!merge”：它把别处的内容合并进来，检查看不到。请删除它，把要写的要素逐项写出',
      en: 'The tag "!!merge" is refused: it merges content from elsewhere, out of the checks\' sight. Delete it and write each element out',
    },
    mergeKey: {
      zh: '不接受合并键“<<”：它会把别处的要素悄悄并入这里，检查和备案报告都看不到。请删除“<<”这一项，把要写的要素逐项写出（整个值相同时可以用“*名称”引用）',
      en: 'The merge key "<<" is refused: it silently merges elements from elsewhere, out of sight of the checks and the filing report. Delete the "<<" entry and write each element out (a whole value may still be an alias "*name")',
    },
    fullwidthColon: {
      zh: '“{key}”后面用了全角冒号“：”：把全角冒号“：”改成半角“: ”（冒号后空一格），写成“{key}: {value}”',
      en: 'A full-width colon "：" follows "{key}": replace it by an ASCII colon and a space ": ", "{key}: {value}"',
    },
    noSpace: {
      zh: '“{key}:”后面缺少空格：半角冒号后面要空一格，写成“{key}: {value}”',
      en: 'No space after "{key}:": an ASCII colon is followed by a space; write "{key}: {value}"',
    },
    colonFullwidthSpace: {
      zh: '“{key}:”后面是全角空格：冒号后面要用半角空格，写成“{key}: {value}”',
      en: 'A full-width space follows "{key}:": use an ASCII space after the colon, "{key}: {value}"',
    },
    fullwidthSpace: {
      zh: '行首用了全角空格（U+3000）缩进。YAML 只能用半角空格缩进：请删掉全角空格，改用半角空格与同一层的键对齐',
      en: 'The line is indented with full-width spaces (U+3000). YAML indents with ASCII spaces only: delete them and line the key up with ASCII spaces',
    },
    fullwidthDash: {
      zh: '列表项用了全角的“{char}”：列表项要以半角减号加空格“- ”开头',
      en: 'A list item starts with the full-width "{char}": list items start with an ASCII hyphen and a space, "- "',
    },
    dashNoSpace: { zh: '列表项“-”后面缺少空格：写成“- {value}”', en: 'No space after the list dash "-": write "- {value}"' },
    dashFullwidthSpace: {
      zh: '列表项“-”后面是全角空格：请改成半角空格，写成“- ”',
      en: 'A full-width space follows the list dash "-": use an ASCII space, "- "',
    },
    fullwidthHash: {
      zh: '注释用了全角“＃”：注释要以半角“#”开头（写在值后面时前面空一格），否则会被当成内容',
      en: 'A comment starts with the full-width "＃": comments start with an ASCII "#" (after a space when it follows a value), else it is read as content',
    },
    fullwidthComma: {
      zh: '方括号列表里用了中文“{char}”：“{value}”会被当成一项。各项之间用半角逗号加空格“, ”分隔，写成 [{example}]；确是一项的，请用英文双引号括起来',
      en: 'A Chinese "{char}" inside a [ ] list: "{value}" becomes one entry. Separate entries with an ASCII comma and a space ", ": [{example}]; if it is one entry, put it in ASCII double quotes',
    },
    fullwidthBracket: {
      zh: '用了全角括号“{char}”，要改成半角的“{ascii}”：列表用半角方括号 [ ]、映射用半角花括号 { }，如 [政府网站, 政务新媒体]，否则整段会被当成一段文字',
      en: 'A full-width bracket "{char}": lists and mappings use the ASCII "{ascii}", e.g. [政府网站, 政务新媒体]; otherwise the whole is read as one text',
    },
    curlyQuote: {
      zh: '值的两头用了中文引号 {char}…{close}：中文引号不起引号的作用，值中的“: ”或“ #”会把它截断。要把值括起来请用英文双引号 "…"',
      en: 'The value is wrapped in Chinese quotes "{char}…{close}", which do not quote in YAML: a ": " or " #" inside cuts it. Use ASCII double quotes "…"',
    },
    fullwidthQuote: {
      zh: '用了全角引号“{char}”：要把值括起来请用半角双引号 "…"',
      en: 'A full-width quote "{char}": quote a value with ASCII double quotes "…"',
    },
  },
});
