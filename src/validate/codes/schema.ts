/** schema: a JSON Schema violation (wrong type, unknown key, bad enum value), reported by validateSchema. */
import { defineStageCode } from '../rule.js';

export default defineStageCode({
  id: 'schema',
  severity: 'error',
  description: {
    zh: '不符合目录文件格式（类型错误、未知的键、取值不在可选范围内）',
    en: 'A violation of the catalogue format (wrong type, unknown key, bad enum value)',
  },
  messages: {
    default: { zh: '格式错误：{detail}', en: 'Format error: {detail}' },
    unknownKey: {
      zh: '未知的键“{key}”，是不是“{suggestion}”？此处可用的键：{allowed}',
      en: 'Unknown key "{key}"; did you mean "{suggestion}"? Keys allowed here: {allowed}',
    },
    missingKey: { zh: '缺少必填的键“{key}”', en: 'The required key "{key}" is missing' },
    enum: {
      zh: '“{value}”不是可选的值，是不是“{suggestion}”？可选：{allowed}',
      en: '"{value}" is not an allowed value; did you mean "{suggestion}"? Allowed: {allowed}',
    },
    type: { zh: '这里应当是{expected}', en: 'This should be {expected}, not {actual}' },
    pattern: {
      zh: '“{value}”的格式不对（编号只能用小写英文字母、数字和“-”，以字母开头，用“.”分级，如 enrollment.plan）',
      en: '"{value}" is not well formed (ids use lower-case letters, digits and "-", start with a letter, and are dotted, e.g. enrollment.plan)',
    },
    notAllowed: {
      zh: '“{key}”不能用在这种目录里（市级目录不继承其他目录，也不删减）',
      en: '"{key}" is not allowed in this kind of catalogue (a municipal catalogue extends and removes nothing)',
    },
    empty: { zh: '这里不能为空', en: 'This must not be empty' },
    notMapping: {
      zh: '文件的最外层应当是“键: 值”的映射（以 id:、kind: 等开头），现在是{actual}',
      en: 'The top level must be a mapping of keys (id:, kind: …), not {actual}',
    },
    unknownRemoveNone: {
      zh: '要删减的“{id}”不是基准目录中的事项或类别，请检查编号',
      en: '"{id}" in remove: is not a category or item of the baseline; check the id',
    },
    unknownKeyNone: { zh: '未知的键“{key}”，此处可用的键：{allowed}', en: 'Unknown key "{key}". Keys allowed here: {allowed}' },
    unknownRemove: {
      zh: '要删减的“{id}”不是基准目录中的事项或类别，是不是“{suggestion}”？',
      en: '"{id}" in remove: is not a category or item of the baseline; did you mean "{suggestion}"?',
    },
    catalogueId: {
      zh: '目录编号“{value}”的格式不对：只能用小写英文字母、数字和“-”，以字母开头，如 weihui',
      en: 'The catalogue id "{value}" is not well formed: lower-case letters, digits and "-", starting with a letter, e.g. weihui',
    },
    extends: {
      zh: '“{value}”不是上级目录的写法：写成 名称@版本，如 xinxiang@2020（新乡市2020年版目录）；学校写本县目录的相对路径，如 ../weihui.yaml',
      en: '"{value}" does not name a parent catalogue: write NAME@VERSION, e.g. xinxiang@2020 (the Xinxiang 2020 catalogue), or for a school the relative path of its county file, e.g. ../weihui.yaml',
    },
    date: {
      zh: '成文日期“{value}”的写法不对：写成 {suggestion}（四位年-两位月-两位日）',
      en: 'The date "{value}" is not written as YEAR-MM-DD: write {suggestion}',
    },
    badMonth: {
      zh: '成文日期“{value}”不存在：月份是 1 到 12，没有 {month} 月。写成 年-月-日，如 2020-10-28',
      en: 'The date "{value}" does not exist: there is no month {month}. Write YEAR-MM-DD, e.g. 2020-10-28',
    },
    badDay: {
      zh: '成文日期“{value}”不存在：{year}年{month}月只有 {days} 天。请核对成文日期',
      en: 'The date "{value}" does not exist: {year}-{month} has {days} days. Check the date',
    },
    target: {
      zh: '偏离对象“{value}”的格式不对：写一级事项或二级事项的编号，或 事项#要素，如 enrollment.plan#channel',
      en: 'The deviation target "{value}" is not well formed: write a category or item id, or ITEM#FIELD, e.g. enrollment.plan#channel',
    },
    emptyField: {
      zh: '{owner}{label}（{field}）是空的：{hint}。只改其他要素时，不写这一行就沿用上级目录的值',
      en: "The {field} {owner} is empty: {hint}. To keep the parent catalogue's value, leave the line out",
    },
    emptyValue: { zh: '{owner}{label}（{field}）是空的：{hint}', en: 'The {field} {owner} is empty: {hint}' },
    emptyEntry: {
      zh: '{owner}{label}（{field}）中有一项是空的：请删掉这一项，或写上内容（{hint}）',
      en: 'An entry of the {field} {owner} is empty: delete it or fill it in ({hint})',
    },
    blankReason: {
      zh: '偏离理由“{value}”没有写明理由：请用几句话说明为什么不能照搬基准目录（如“本县无民办义务教育学校”）。没有理由的声明不生效',
      en: 'The deviation reason "{value}" gives no reason: say in a sentence why the baseline cannot be followed. A deviation without a reason does not apply',
    },
    stockReason: {
      zh: '偏离理由“{value}”只有“根据实际情况”“工作需要”“上级要求”这类套话，没有说明具体原因：请写明本地的什么情况使它不能照搬基准目录（如“本县无民办义务教育学校”）。没有理由的声明不生效',
      en: 'The deviation reason "{value}" is stock phrases only ("in light of local circumstances", "as work requires", "as required by superiors") and names no circumstance: say what makes the baseline impossible to follow here (e.g. "no private compulsory-education schools in the county"). A deviation without a reason does not apply',
    },
    phoneNumber: {
      zh: '联系电话被读成了数字 {value}（开头的 0 会丢失）：请加英文引号写成文本，如 phone: "0373-4412306"',
      en: 'The phone number was read as the number {value} (a leading 0 is lost): quote it, e.g. phone: "0373-4412306"',
    },
    versionNumber: { zh: '版本号要写成带引号的文本，如 version: "2020"', en: 'Write the version as quoted text, e.g. version: "2020"' },
  },
});
