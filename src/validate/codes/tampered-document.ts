/** tampered-document (verify): the filing paints, carries or does something its embedded source does not generate. */
import { defineStageCode } from '../rule.js';

export default defineStageCode({
  id: 'tampered-document',
  severity: 'error',
  description: {
    zh: '备案文件与其内嵌的源文件生成的结果不一致，或生成后被追加了签章以外的修改',
    en: 'The filing differs from what its embedded source generates, or was changed after it was built (other than signed)',
  },
  messages: {
    default: {
      zh: '备案文件第 {page} 页的文字与内嵌源文件重新生成的不一致：收到的是“{actual}”，应为“{expected}”。文件可能在生成后被修改，请要求报送单位用 catalog build 重新生成后原样报送',
      en: 'Page {page} of the filing differs from the document its embedded source generates: it reads "{actual}" where "{expected}" is expected. It may have been edited after it was built; ask the sender to rebuild it with catalog build and send it unchanged',
    },
    paint: {
      zh: '备案文件第 {page} 页的文字与重新生成的一致，但绘制的内容不同（第 {op} 个绘制操作：收到 {actual}，应为 {expected}），例如加了遮盖块、改了颜色、移动了符号或隐藏了文字。文件在生成后被修改，请要求重新报送',
      en: 'Page {page} of the filing has the same text as the rebuild but paints something else (drawing operation {op}: {actual} where {expected} is expected), such as a box over the text, another colour, a moved mark or hidden text. It was changed after it was built; ask for it again',
    },
    annotations: {
      zh: '备案文件第 {page} 页有重新生成的文件没有的注释或表单（{actual}），它们会显示在页面上或被打印。文件在生成后被修改，请要求重新报送',
      en: 'Page {page} of the filing carries annotations or form fields the rebuild does not have ({actual}); viewers show or print them. It was changed after it was built; ask for it again',
    },
    document: {
      zh: '备案文件的{partName}与重新生成的不一致。文件在生成后被修改，请要求重新报送',
      en: "The filing's {partName} differs from the rebuild. It was changed after it was built; ask for it again",
    },
    pages: {
      zh: '备案文件有 {actual} 页，而内嵌源文件重新生成的文件有 {expected} 页。文件可能被删改，请要求重新报送',
      en: 'The filing has {actual} pages; its embedded source generates {expected}. It may have been altered; ask for it again',
    },
    frame: {
      zh: '备案文件第 {page} 页的绘制操作与重新生成的一致，但页面的设置不同（页面框、旋转、页面动作，颜色空间、图形状态等资源，例如用 /DefaultRGB 色彩配置把黑字显示成白色；或内容流中有不合语法、各阅读器读法不同的数字或操作数个数，例如 5-88.6；或页面树、线性化字典不规范，各阅读器显示的页面不同）。文件在生成后被修改，请要求重新报送',
      en: 'Page {page} of the filing has the drawing operations of the rebuild but other page settings (page box, rotation, page actions, colour space and graphics state resources, e.g. a /DefaultRGB profile that shows black text as white; or a malformed number or operand count in its content that viewers read differently, e.g. 5-88.6; or a malformed page tree or linearization dictionary, so that viewers show other pages). It was changed after it was built; ask for it again',
    },
    revision: {
      zh: '备案文件生成后又追加了修订（第 {revision} 版），改动了：{what}。生成后只允许加盖电子签章，内容被改动，请要求重新报送',
      en: 'The filing was updated after it was built (revision {revision}), changing: {what}. Only an electronic signature with its seal may be added after the build; the content was changed, ask for it again',
    },
    sealPlace: {
      zh: '备案文件生成后追加的第 {revision} 版在第 {page} 页加盖的印章不在落款（发文机关署名、成文日期）处。电子印章应端正、居中下压发文机关署名和成文日期（GB/T 9704—2012 7.3.5），盖在别处的印章图像可以遮盖页面内容或在页面上写字（例如在页边写上“本年度暂不公开”）。请要求在落款处加盖后重新报送',
      en: 'The seal that revision {revision} of the filing adds on page {page} is not stamped over the 落款 (the issuing authority\'s name and the date). A seal is placed centred over the issuer\'s name and the date (GB/T 9704-2012 7.3.5); a seal image anywhere else can cover the page or write on it (e.g. "not disclosed this year" in a margin). Ask for it again, sealed over the 落款',
    },
    unreadable: {
      zh: '备案文件的页面无法读取（{detail}），不能确认其内容。请要求重新报送',
      en: 'The pages of the filing cannot be read ({detail}), so its content cannot be confirmed. Ask for it again',
    },
    glyph: {
      zh: '备案文件嵌入的字体 {font} 中“{char}”的字形（轮廓或字宽）与可信字体不同，而该字体的其他字形都相同：显示的字与文字层记录的字可能不一致（例如把“依申请”画在“主动”的位置）。文件在生成后被修改，请要求重新报送',
      en: 'In the filing\'s embedded font {font}, the glyph of "{char}" (outline or advance) is not the trusted font\'s, while its other glyphs are: what is shown may not be the text that is recorded (e.g. 依申请 drawn where 主动 is encoded). It was changed after it was built; ask for it again',
    },
    glyphEmpty: {
      zh: '备案文件嵌入的字体 {font} 中“{char}”的字形是空的：页面上不显示这个字，文字层却有它（例如空白的√）。正常字体不会这样，文件在生成后被修改，请要求重新报送',
      en: 'In the filing\'s embedded font {font}, "{char}" has an empty outline: the page shows nothing where the text has it (e.g. an empty √). No genuine font does this; it was changed after it was built, ask for it again',
    },
    fontDict: {
      zh: '备案文件嵌入的字体 {font} 的字形与生成时相同，但字体字典被改动（字体矩阵、编码、字宽、文字映射等，或借用了另一字体的字形）：画出的字、字的大小、间距或方向可能与源文件生成的不同（例如文字挤成一团）。文件在生成后被修改，请要求重新报送',
      en: "The filing's embedded font {font} has the build's glyphs but other font dictionaries (font matrix, encoding, widths, text mapping …, or another font's glyphs borrowed): what is drawn, and how it is sized, spaced or turned, may not be the source's (e.g. text piled up). It was changed after it was built; ask for it again",
    },
    glyphShared: {
      zh: '备案文件嵌入的字体 {font} 中“{char}”和“{other}”的字形完全相同：页面显示的字与文字层记录的字不一致。正常字体不会这样，文件在生成后被修改，请要求重新报送',
      en: 'In the filing\'s embedded font {font}, "{char}" and "{other}" draw the very same outline: what the page shows is not the recorded text. No genuine font does this; it was changed after it was built, ask for it again',
    },
    rebuild: {
      zh: '无法用内嵌的源文件重新生成这份 PDF（{detail}），不能确认其完整性。请要求报送单位用 catalog build 重新生成后原样报送',
      en: 'The PDF cannot be rebuilt from its embedded files ({detail}), so its integrity cannot be confirmed. Ask the sender to rebuild it with catalog build and send it unchanged',
    },
  },
});
