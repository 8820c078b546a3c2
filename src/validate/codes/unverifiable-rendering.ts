/** unverifiable-rendering (verify): built by another render version or other fonts, and its painting differs from the rebuild. */
import { defineStageCode } from '../rule.js';

export default defineStageCode({
  id: 'unverifiable-rendering',
  severity: 'error',
  description: { zh: '备案文件由其他渲染版本或其他字体生成，绘制内容与重新生成的不一致，无法核验', en: 'Built by another render version or with other fonts, and not painted as the rebuild: cannot be verified' },
  messages: {
    default: { zh: '备案文件由渲染版本 {theirs}（catalog {tool}）生成，本机的渲染版本是 {ours}；两者绘制的内容不同（第一处不同：{where}），无法确认文件未被改动。请要求报送单位升级 catalog 后用 catalog build 重新生成，原样报送', en: 'The filing was painted by render version {theirs} (catalog {tool}); this is render version {ours}. The two paint differently (first difference: {where}), so it cannot be confirmed that the file was not changed. Ask the sender to upgrade catalog, rebuild with catalog build and send it unchanged' },
    fonts: { zh: '备案文件使用其他字体生成（{theirs}），本机无法用相同字体重新生成，绘制内容无法逐一比对（第一处不同：{where}）。请要求报送单位用默认字体（不加 --fonts）重新生成后原样报送', en: 'The filing was built with other fonts ({theirs}); they are not here, so its painting cannot be compared (first difference: {where}). Ask the sender to rebuild with the default fonts (without --fonts) and send it unchanged' },
  },
});
