/** yaml-syntax: the file is not valid YAML (reported by the loader). */
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'yaml-syntax',
  severity: 'error',
  description: { zh: '文件不是有效的 YAML（含重复的键）', en: 'The file is not valid YAML (duplicate keys included)' },
  messages: {
    default: { zh: 'YAML 语法错误：{detail}。请检查这一行的缩进、冒号和引号', en: 'YAML syntax error: {detail}. Check the indentation, colons and quotes on this line' },
    duplicateKey: { zh: '同一层级出现了重复的键：{detail}。每个键只能写一次，请合并或删除重复的一项', en: 'Duplicate key at the same level: {detail}. Write each key once; merge or delete the repeated one' },
    tab: { zh: '缩进用了制表符（Tab）。YAML 只能用空格缩进，请把 Tab 换成两个空格', en: 'A tab is used for indentation. YAML indents with spaces only: replace the tab by two spaces' },
    indent: { zh: '缩进不正确：{detail}。同一层级的键要对齐，列表项“- ”要比上一级多缩进', en: 'Bad indentation: {detail}. Keys of one level must line up; list items "- " are indented under their key' },
    multipleDocs: { zh: '一个文件里只能有一个目录（发现了多余的“---”分隔线）', en: 'A file holds one catalogue only (an extra "---" separator was found)' },
    missingChar: { zh: '缺少字符：{detail}。检查括号、引号是否成对', en: 'A character is missing: {detail}. Check that brackets and quotes are paired' },
    nul: { zh: '文件中含有空字符（NUL），不是文本文件或已损坏。请用文本编辑器重新保存', en: 'The file contains a NUL byte: it is not a text file or is damaged. Re-save it from a text editor' },
    aliasBomb: { zh: '别名（*引用）展开过多，文件被拒绝：{detail}', en: 'Too many alias (*reference) expansions; the file is refused: {detail}' },
    tooDeep: { zh: '嵌套层级过深，文件被拒绝', en: 'Nesting is too deep; the file is refused' },
    tooLarge: { zh: '文件有 {size}，超过目录文件 {limit} 的上限，未作检查（目录文件通常不到 100 KB，请检查是否选错了文件）', en: 'The file is {size}, over the {limit} limit for a catalogue file, and was not checked (catalogues are usually under 100 KB: is it the right file?)' },
    nonStringKey: { zh: '键必须是文字，不能是列表或映射。请改用目录格式中的键（如 name:）', en: 'Keys must be text, not a list or a mapping. Use a key of the catalogue format (such as name:)' },
  },
});
