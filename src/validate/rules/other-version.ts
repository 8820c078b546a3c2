/** other-version (verify): the filing was built by another tool version or other fonts; page text compared instead. */
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'other-version',
  severity: 'warning',
  description: { zh: '备案文件由其他版本的工具、其他字体或其他压缩库生成，改为逐页比对文字', en: 'Built by another tool version, with other fonts or another zlib; page text compared instead' },
  messages: {
    default: { zh: '备案文件由 {theirs} 生成（本机为 {ours}），无法逐字节比对；已改为逐页比对文字，各页文字一致', en: 'The filing was built by {theirs} (here: {ours}), so its bytes cannot be compared; the text of every page was compared instead and matches' },
    zlib: { zh: '备案文件所用的压缩库（zlib {theirs}）与本机（zlib {ours}）不同，通常是 Node.js 版本不同，无法逐字节比对；已改为逐页比对文字，各页文字一致', en: 'The filing was compressed by another zlib ({theirs}; here: {ours}), usually another Node.js version, so its bytes cannot be compared; the text of every page was compared instead and matches' },
    fonts: { zh: '备案文件使用其他字体生成（{theirs}），无法逐字节比对；已改为逐页比对文字，各页文字一致', en: 'The filing was built with other fonts ({theirs}), so its bytes cannot be compared; the text of every page was compared instead and matches' },
  },
});
