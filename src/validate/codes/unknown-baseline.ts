/** unknown-baseline: `extends` cannot be resolved (reported by the resolver). */
import { defineStageCode } from '../rule.js';

export default defineStageCode({
  id: 'unknown-baseline',
  severity: 'error',
  description: { zh: '找不到或无法使用 extends 指向的基准目录', en: 'The catalogue named by extends cannot be found or used' },
  messages: {
    default: { zh: '无法使用基准目录“{spec}”：{detail}', en: 'Cannot use the baseline "{spec}": {detail}' },
    notFound: {
      zh: '找不到基准目录“{spec}”（查找过：{tried}）。写 xinxiang@2020 这样的“名称@版本”，或写相对路径如 ../weihui.yaml',
      en: 'The baseline "{spec}" was not found (looked in: {tried}). Write NAME@VERSION such as xinxiang@2020, or a relative path such as ../weihui.yaml',
    },
    notYaml: {
      zh: '“{spec}”不是 .yaml 文件，没有读取。extends 只能写“名称@版本”（如 xinxiang@2020）或 .yaml 目录文件的相对路径（如 ../weihui.yaml）',
      en: '"{spec}" is not a .yaml file and was not read. extends takes NAME@VERSION (such as xinxiang@2020) or the relative path of a .yaml catalogue file (such as ../weihui.yaml)',
    },
    directory: { zh: '“{spec}”是一个文件夹，不是目录文件', en: '"{spec}" is a folder, not a catalogue file' },
    unreadable: { zh: '基准目录“{spec}”无法读取：{detail}', en: 'The baseline "{spec}" cannot be read: {detail}' },
    cycle: { zh: '继承关系形成了循环：{chain}', en: 'extends forms a cycle: {chain}' },
    depth: {
      zh: '继承层级超过 {limit} 层，没有继续查找：{chain}。学校目录继承县区目录、县区目录继承市级目录，最多 2 层：请检查 extends 是否指向了正确的文件',
      en: 'The extends chain is deeper than {limit} levels and was not followed further: {chain}. A school extends its county and a county the municipal catalogue, 2 levels at most: check that extends names the right file',
    },
    invalid: { zh: '基准目录“{spec}”本身有错误，请先修正它：{detail}', en: 'The baseline "{spec}" has errors of its own; fix it first: {detail}' },
    kind: { zh: '{kind}目录不能继承{baseKind}目录“{spec}”', en: 'A {kind} catalogue cannot extend the {baseKind} catalogue "{spec}"' },
  },
});
