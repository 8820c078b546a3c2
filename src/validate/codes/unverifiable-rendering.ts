/** unverifiable-rendering (verify): built by another render version or other fonts, and its painting differs from the rebuild. */
import { defineStageCode } from '../rule.js';

export default defineStageCode({
  id: 'unverifiable-rendering',
  severity: 'error',
  description: {
    zh: '备案文件由其他渲染版本或其他字体生成，绘制内容与重新生成的不一致，无法核验',
    en: 'Built by another render version or with other fonts, and not painted as the rebuild: cannot be verified',
  },
  messages: {
    default: {
      zh: '备案文件由渲染版本 {theirs}（catalog {tool}）生成，本机的渲染版本是 {ours}；两者绘制的内容不同（第一处不同：{where}），无法确认文件未被改动。请要求报送单位升级 catalog 后用 catalog build 重新生成，原样报送',
      en: 'The filing was painted by render version {theirs} (catalog {tool}); this is render version {ours}. The two paint differently (first difference: {where}), so it cannot be confirmed that the file was not changed. Ask the sender to upgrade catalog, rebuild with catalog build and send it unchanged',
    },
    fonts: {
      zh: '备案文件用本单位字体生成，其中的字体 {fonts} 不是默认字体，本机没有可信的同一字体：这些字体的字形画的是不是文字层记录的字、用它们排出的版面是否与源文件一致，都无法核对。请用 catalog verify --fonts 字体目录 再次核验（目录中放报送单位所用字体的可信副本，如 C:\\Windows\\Fonts），或请报送单位用默认字体（不加 --fonts）重新生成后原样报送',
      en: "The filing was built with the office's own fonts; its fonts {fonts} are not the default fonts and no trusted copy of them is here: whether their glyphs draw the recorded text, and whether the layout set in them is the source's, cannot be checked. Verify again with catalog verify --fonts DIR, DIR holding trusted copies of the sender's fonts (e.g. C:\\Windows\\Fonts), or ask the sender to rebuild with the default fonts (without --fonts) and send it unchanged",
    },
    trusted: {
      zh: '备案文件中的字体 {fonts} 与可信字体目录 {dir} 中的字体不同（字形轮廓或字宽不一致，可能是其他版本），无法核对这些字体画出的字和版面。请在 {dir} 中放入报送单位所用字体的同一版本后再次核验，或请报送单位用默认字体（不加 --fonts）重新生成',
      en: "The filing's fonts {fonts} are not the fonts in the trusted folder {dir} (other outlines or advances, perhaps another version), so what they draw and the layout cannot be checked. Put the very version of the sender's fonts into {dir} and verify again, or ask the sender to rebuild with the default fonts (without --fonts)",
    },
  },
});
