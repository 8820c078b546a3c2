/** compression-bomb (verify): a filing's compressed streams inflate past the limit; it is refused before it is opened. */
import { defineStageCode } from '../rule.js';

export default defineStageCode({
  id: 'compression-bomb',
  severity: 'error',
  description: {
    zh: 'PDF 中的压缩数据解压后超过上限（“压缩炸弹”），未打开',
    en: 'The PDF\'s compressed data inflates past the limit (a "compression bomb") and was not opened',
  },
  messages: {
    default: {
      zh: 'PDF 中的压缩数据解压后超过 {max}（文件本身只有 {size}），未打开核验，以免耗尽内存（其他文件照常核验）。catalog build 生成的备案 PDF 解压后通常不到 1 MB；请要求报送单位重新提交 catalog build 生成的原始 PDF',
      en: "The PDF's compressed data inflates to more than {max} (the file itself is {size}); it was not opened, so as not to exhaust memory (the other files were verified as usual). Filing PDFs made by catalog build inflate to under 1 MB; ask for the original PDF made by catalog build",
    },
  },
});
