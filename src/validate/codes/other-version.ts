/** other-version (verify, info): the filing's bytes differ from the rebuild but it paints exactly the same. */
import { defineStageCode } from '../rule.js';

export default defineStageCode({
  id: 'other-version',
  severity: 'info',
  description: {
    zh: '备案文件的字节与重新生成的不同，但绘制的内容完全一致（另存、其他 Node.js 或其他版本生成）',
    en: "The filing's bytes differ from the rebuild but it paints exactly the same (re-saved, another Node.js or another version)",
  },
  messages: {
    default: {
      zh: '备案文件由 {theirs} 生成（本机为 {ours}），字节不同；已逐页比对绘制内容、注释、动作和元数据，完全一致，内容未被改动',
      en: 'The filing was made by {theirs} (here: {ours}), so its bytes differ; its painting, annotations, actions and metadata were compared page by page and are identical: the content was not changed',
    },
    resaved: {
      zh: '备案文件经其他程序另存过（文件结构已改变），但逐页比对的绘制内容、注释、动作和元数据与重新生成的完全一致：属于另存，内容未被改动',
      en: 'The filing was re-saved by another program (its structure changed), but its painting, annotations, actions and metadata are identical to the rebuild: a re-save, the content was not changed',
    },
    fonts: {
      zh: '备案文件嵌入的字体程序与本机重新生成的不同，但每个字形的轮廓和字宽都与可信字体一致，逐页比对的字形位置和其他绘制内容完全一致，内容未被改动',
      en: "The filing embeds other font programs than the rebuild, but every glyph's outline and advance is the trusted font's, and the positioned glyphs and all other painting are identical page by page: the content was not changed",
    },
    render: {
      zh: '备案文件由渲染版本 {theirs} 生成（本机为 {ours}），逐页比对的绘制内容与本机重新生成的完全一致，内容未被改动',
      en: 'The filing was painted by render version {theirs} (here: {ours}); its painting is identical to this rebuild, the content was not changed',
    },
  },
});
