/** schema: a JSON Schema violation (wrong type, unknown key, bad enum value), reported by validateSchema. */
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'schema',
  severity: 'error',
  description: { zh: '不符合目录文件格式（类型错误、未知的键、取值不在可选范围内）', en: 'A violation of the catalogue format (wrong type, unknown key, bad enum value)' },
  messages: {
    default: { zh: '格式错误：{detailZh}', en: 'Format error: {detail}' },
    unknownKey: { zh: '未知的键“{key}”，是不是“{suggestion}”？此处可用的键：{allowed}', en: 'Unknown key "{key}"; did you mean "{suggestion}"? Keys allowed here: {allowed}' },
    missingKey: { zh: '缺少必填的键“{key}”', en: 'The required key "{key}" is missing' },
    enum: { zh: '“{value}”不是可选的值，是不是“{suggestion}”？可选：{allowed}', en: '"{value}" is not an allowed value; did you mean "{suggestion}"? Allowed: {allowed}' },
    type: { zh: '这里应当是{expected}', en: 'This should be {expectedEn}, not {actual}' },
    pattern: { zh: '“{value}”的格式不对（编号只能用小写英文字母、数字和“-”，以字母开头，用“.”分级，如 enrollment.plan）', en: '"{value}" is not well formed (ids use lower-case letters, digits and "-", start with a letter, and are dotted, e.g. enrollment.plan)' },
    notAllowed: { zh: '“{key}”不能用在这种目录里（市级目录不继承其他目录，也不删减）', en: '"{key}" is not allowed in this kind of catalogue (a municipal catalogue extends and removes nothing)' },
    empty: { zh: '这里不能为空', en: 'This must not be empty' },
    notMapping: { zh: '文件的最外层应当是“键: 值”的映射（以 id:、kind: 等开头），现在是{actual}', en: 'The top level must be a mapping of keys (id:, kind: …), not {actualEn}' },
    unknownRemoveNone: { zh: '要删减的“{id}”不是基准目录中的事项或类别，请检查编号', en: '"{id}" in remove: is not a category or item of the baseline; check the id' },
    unknownKeyNone: { zh: '未知的键“{key}”，此处可用的键：{allowed}', en: 'Unknown key "{key}". Keys allowed here: {allowed}' },
    unknownRemove: { zh: '要删减的“{id}”不是基准目录中的事项或类别，是不是“{suggestion}”？', en: '"{id}" in remove: is not a category or item of the baseline; did you mean "{suggestion}"?' },
    versionNumber: { zh: '版本号要写成带引号的文本，如 version: "2020"', en: 'Write the version as quoted text, e.g. version: "2020"' },
  },
});
