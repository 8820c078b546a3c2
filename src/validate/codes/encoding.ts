/** encoding: the file is not UTF-8 (reported by the loader). */
import { defineStageCode } from '../rule.js';

const RESAVE_ZH = '请用记事本“另存为”，在“编码”中选择 UTF-8 后保存（VS Code/WPS：右下角编码 → 通过编码保存 → UTF-8）';
const RESAVE_EN = 'Re-save it as UTF-8 (Notepad: Save As → Encoding: UTF-8; VS Code: status bar encoding → Save with Encoding → UTF-8)';

export default defineStageCode({
  id: 'encoding',
  severity: 'error',
  description: { zh: '文件不是 UTF-8 编码', en: 'The file is not UTF-8' },
  messages: {
    default: { zh: `文件不是 UTF-8 编码。${RESAVE_ZH}`, en: `The file is not UTF-8. ${RESAVE_EN}` },
    gbk: {
      zh: `文件看起来是 GBK/GB18030 编码（Windows 默认的“ANSI”），而目录文件必须是 UTF-8。${RESAVE_ZH}`,
      en: `The file looks like GBK/GB18030 (the Windows "ANSI" default); catalogue files must be UTF-8. ${RESAVE_EN}`,
    },
    utf16: {
      zh: `文件是 {encoding} 编码（记事本的“Unicode”），而目录文件必须是 UTF-8。${RESAVE_ZH}`,
      en: `The file is {encoding} (Notepad's "Unicode"); catalogue files must be UTF-8. ${RESAVE_EN}`,
    },
    unknown: {
      zh: `文件含有不是 UTF-8 的字节，无法识别其编码。${RESAVE_ZH}`,
      en: `The file contains bytes that are not UTF-8, in an encoding that cannot be recognised. ${RESAVE_EN}`,
    },
  },
});
