/** missing-source (verify): a filing PDF carries no embedded source YAML. */
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'missing-source',
  severity: 'error',
  description: { zh: '备案 PDF 中没有内嵌源文件', en: 'The filing PDF has no embedded source' },
  messages: {
    default: { zh: '这份 PDF 没有内嵌目录源文件，无法核验。请要求报送单位提交由 catalog build 生成的备案报告 PDF（或同时提交 YAML 源文件）', en: 'This PDF has no embedded catalogue source and cannot be verified. Ask for the filing PDF made by catalog build (or the YAML source)' },
  },
});
