/** document-metadata: a 发文字号 written in a way GB/T 9704 does not allow, or a blank 签发人/文号 (build also names missing ones). */
import { joinPointer } from '../../load/positions.js';
import { checkDocumentNumber } from '../document-number.js';
import { defineRule } from '../rule.js';

const NUMBER_FIELDS = [
  { key: 'number', label: { zh: '印发通知的发文字号', en: "the notice's document number" } },
  { key: 'filingNumber', label: { zh: '备案报告的发文字号', en: "the filing report's document number" } },
] as const;

export default defineRule({
  id: 'document-metadata',
  severity: 'warning',
  description: { zh: '公文信息（发文字号、签发人）写得不合公文格式，或是空的', en: 'Document metadata (document number, signer) is malformed or blank' },
  messages: {
    default: {
      zh: '{label}“{value}”不合公文格式：应当写成“机关代字〔年份〕序号号”，如 卫教〔2020〕45号',
      en: '{label} "{value}" is not a valid document number: write AGENCY〔YEAR〕N号, e.g. 卫教〔2020〕45号',
    },
    brackets: { zh: '{label}中的年份应当用六角括号〔〕：{fix}', en: 'The year in {label} takes the hexagonal brackets 〔〕: {fix}' },
    year: {
      zh: '{label}“{value}”中的年份应当写全四位，如 卫教〔2020〕45号',
      en: 'The year in {label} "{value}" must have all four digits, e.g. 卫教〔2020〕45号',
    },
    ordinal: { zh: '{label}的序号不加“第”字、不编虚位（1 不写成 01）：{fix}', en: 'The ordinal in {label} takes no 第 and no leading zeros: {fix}' },
    suffix: { zh: '{label}的序号后应当加“号”字：{fix}', en: '{label} must end with 号: {fix}' },
    blank: {
      zh: '{label}是空的：写出发文字号（如 卫教〔2020〕45号），或删去这一行',
      en: '{label} is blank: write the document number (e.g. 卫教〔2020〕45号) or delete the line',
    },
    signer: {
      zh: '签发人是空的：备案报告（上行文）要在版头写明签发人姓名，如 signer: 张三',
      en: 'The signer is blank: the filing report (to a higher authority) names its signer in the header, e.g. signer: 张三',
    },
  },
  check(ctx, report) {
    const doc = ctx.source.document;
    if (!doc) return;
    for (const field of NUMBER_FIELDS) {
      const value = doc[field.key];
      if (typeof value !== 'string') continue;
      const problem = checkDocumentNumber(value);
      if (problem.kind === 'ok') continue;
      const messageId = problem.kind === 'shape' ? 'default' : problem.kind;
      report({
        pointer: joinPointer('/document', field.key),
        target: `document#${field.key}`,
        messageId,
        data: { label: field.label, value, ...('fix' in problem ? { fix: problem.fix } : {}) },
      });
    }
    if (typeof doc.signer === 'string' && doc.signer.trim() === '') {
      report({ pointer: '/document/signer', target: 'document#signer', messageId: 'signer' });
    }
  },
});
