/** The hostile-input corpus: every case, the class it belongs to, and what `catalog check` must answer. */

export interface CorpusCase {
  /** A file in tests/robustness/corpus/, or one written by generated.ts. */
  readonly file: string;
  readonly generated?: true;
  /** Class of bad input, for the table in the robustness note. */
  readonly kind: string;
  readonly exit: 0 | 1;
  /** A rule that must report (an error when exit is 1, a warning when 0); absent: no findings at all. */
  readonly rule?: string;
  /** Text the diagnostic must contain: tells which of the rule's messages it is. */
  readonly message?: RegExp;
}

const ID_PATTERN = /的格式不对（编号只能用小写英文字母/;

export const CASES: readonly CorpusCase[] = [
  { file: 'empty.yaml', kind: 'empty or not a mapping', exit: 1, rule: 'schema', message: /现在是空文件/ },
  { file: 'only-comments.yaml', kind: 'empty or not a mapping', exit: 1, rule: 'schema', message: /现在是空文件/ },
  { file: 'root-list.yaml', kind: 'empty or not a mapping', exit: 1, rule: 'schema', message: /现在是列表/ },
  { file: 'root-scalar.yaml', kind: 'empty or not a mapping', exit: 1, rule: 'schema', message: /现在是一段文本/ },
  { file: 'one-string.yaml', generated: true, kind: 'empty or not a mapping', exit: 1, rule: 'schema', message: /现在是一段文本/ },

  { file: 'gbk.yaml', kind: 'encoding', exit: 1, rule: 'encoding', message: /GBK\/GB18030/ },
  { file: 'gb18030.yaml', kind: 'encoding', exit: 1, rule: 'encoding', message: /GBK\/GB18030/ },
  { file: 'utf16le-bom.yaml', kind: 'encoding', exit: 1, rule: 'encoding', message: /UTF-16LE/ },
  { file: 'utf16be-bom.yaml', kind: 'encoding', exit: 1, rule: 'encoding', message: /UTF-16BE/ },
  { file: 'utf16le-no-bom.yaml', kind: 'encoding', exit: 1, rule: 'encoding', message: /UTF-16LE/ },
  { file: 'nul.yaml', kind: 'encoding', exit: 1, rule: 'yaml-syntax', message: /空字符（NUL）/ },
  { file: 'utf8-bom-crlf.yaml', kind: 'encoding', exit: 0 },

  { file: 'tab-indent.yaml', kind: 'syntax and keys', exit: 1, rule: 'yaml-syntax', message: /制表符/ },
  { file: 'duplicate-keys.yaml', kind: 'syntax and keys', exit: 1, rule: 'yaml-syntax', message: /重复的键/ },
  { file: 'key-integer.yaml', kind: 'syntax and keys', exit: 1, rule: 'schema', message: /未知的键“1”/ },
  { file: 'key-sequence.yaml', kind: 'syntax and keys', exit: 1, rule: 'yaml-syntax', message: /键必须是文字/ },
  { file: 'control-chars.yaml', kind: 'syntax and keys', exit: 0, rule: 'unknown-channel', message: /“网站\\u001b\[2J\\u001b\[31m红色\\u0007\\u202e”/ },
  { file: 'key-mapping.yaml', kind: 'syntax and keys', exit: 1, rule: 'yaml-syntax', message: /键必须是文字/ },

  { file: 'ten-mb.yaml', generated: true, kind: 'size and depth', exit: 1, rule: 'yaml-syntax', message: /超过目录文件 2\.0 MB 的上限/ },
  { file: 'near-limit.yaml', generated: true, kind: 'size and depth', exit: 0 },
  { file: 'flow-seq-deep.yaml', generated: true, kind: 'size and depth', exit: 1, rule: 'yaml-syntax', message: /嵌套层级过深/ },
  { file: 'flow-map-deep.yaml', generated: true, kind: 'size and depth', exit: 1, rule: 'yaml-syntax', message: /嵌套层级过深/ },
  { file: 'block-seq-deep.yaml', generated: true, kind: 'size and depth', exit: 1, rule: 'yaml-syntax', message: /嵌套层级过深/ },
  { file: 'block-map-deep.yaml', generated: true, kind: 'size and depth', exit: 1, rule: 'yaml-syntax', message: /嵌套层级过深/ },
  { file: 'alias-bomb.yaml', kind: 'size and depth', exit: 1, rule: 'yaml-syntax', message: /别名（\*引用）展开过多/ },
  { file: 'one-mb-note.yaml', generated: true, kind: 'size and depth', exit: 0 },
  { file: 'long-name.yaml', generated: true, kind: 'size and depth', exit: 0 },

  { file: 'key-proto.yaml', kind: 'prototype names', exit: 1, rule: 'schema', message: /未知的键“__proto__”/ },
  { file: 'key-constructor.yaml', kind: 'prototype names', exit: 1, rule: 'schema', message: /未知的键“constructor”/ },
  { file: 'id-proto.yaml', kind: 'prototype names', exit: 1, rule: 'schema', message: /“__proto__”的格式不对/ },
  { file: 'id-builtin-names.yaml', kind: 'prototype names', exit: 0, rule: 'unused-deviation', message: /声明的偏离“constructor”没有对应/ },
  { file: 'remove-builtin-names.yaml', kind: 'prototype names', exit: 1, rule: 'schema', message: /要删减的“constructor”不是基准目录中的事项/ },

  { file: 'id-space.yaml', kind: 'lookalike ids', exit: 1, rule: 'schema', message: ID_PATTERN },
  { file: 'id-chinese.yaml', kind: 'lookalike ids', exit: 1, rule: 'schema', message: ID_PATTERN },
  { file: 'id-zero-width.yaml', kind: 'lookalike ids', exit: 1, rule: 'schema', message: /“enrollment\\u200b\.plan”的格式不对/ },
  { file: 'id-fullwidth.yaml', kind: 'lookalike ids', exit: 1, rule: 'schema', message: ID_PATTERN },

  { file: 'extends-outside.yaml', kind: 'extends', exit: 1, rule: 'unknown-baseline', message: /不是 \.yaml 文件，没有读取/ },
  { file: 'extends-not-yaml.yaml', kind: 'extends', exit: 1, rule: 'unknown-baseline', message: /不是 \.yaml 文件，没有读取/ },
  { file: 'extends-device.yaml', kind: 'extends', exit: 1, rule: 'unknown-baseline', message: /不是 \.yaml 文件，没有读取/ },
  { file: 'extends-directory.yaml', kind: 'extends', exit: 1, rule: 'unknown-baseline', message: /是一个文件夹/ },
  { file: 'extends-self.yaml', kind: 'extends', exit: 1, rule: 'unknown-baseline', message: /循环：.*extends-self\.yaml → .*extends-self\.yaml/ },
  {
    file: 'cycle-school.yaml',
    kind: 'extends',
    exit: 1,
    rule: 'unknown-baseline',
    message: /循环：.*cycle-school\.yaml → .*cycle-county\.yaml → .*cycle-school\.yaml/,
  },
  {
    file: 'cycle-county.yaml',
    kind: 'extends',
    exit: 1,
    rule: 'unknown-baseline',
    message: /循环：.*cycle-county\.yaml → .*cycle-school\.yaml → .*cycle-county\.yaml/,
  },
];

/** Files in corpus/ that are not cases themselves. */
export const HELPERS: readonly string[] = ['not-yaml.txt'];
