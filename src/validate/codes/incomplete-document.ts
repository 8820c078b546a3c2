/** incomplete-document (verify): the filed document has no 文号 or no 成文日期, so the bureau cannot register it. */
import { defineStageCode } from '../rule.js';

export default defineStageCode({
  id: 'incomplete-document',
  severity: 'warning',
  description: {
    zh: '报送的文件没有文号或成文日期，无法登记',
    en: 'The filed document has no document number (文号) or no date (成文日期) and cannot be registered',
  },
  messages: {
    default: { zh: '报送的文件缺少文号或成文日期', en: 'The filed document lacks its number or its date' },
    number: {
      zh: '报送的文件没有文号：请在目录的 {field} 中写明（如 延教〔2020〕33号）后重新生成',
      en: "The filed document has no number: write it in the catalogue's {field} (e.g. 延教〔2020〕33号) and build again",
    },
    date: {
      zh: '报送的文件没有成文日期（留空待填）：请在目录的 document.date 中写明签发日期后重新生成',
      en: "The filed document has no date (left blank to fill in): write the signing date in the catalogue's document.date and build again",
    },
  },
});
