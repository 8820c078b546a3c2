/** tampered-document (verify): the filing PDF is not what its embedded source generates. */
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'tampered-document',
  severity: 'error',
  description: { zh: '备案文件与其内嵌的源文件生成的结果不一致', en: 'The filing differs from what its embedded source generates' },
  messages: {
    default: { zh: '备案文件第 {page} 页的文字与内嵌源文件重新生成的不一致：收到的是“{actual}”，应为“{expected}”。文件可能在生成后被修改，请要求报送单位用 catalog build 重新生成后原样报送', en: 'Page {page} of the filing differs from the document its embedded source generates: it reads "{actual}" where "{expected}" is expected. It may have been edited after it was built; ask the sender to rebuild it with catalog build and send it unchanged' },
    pages: { zh: '备案文件有 {actual} 页，而内嵌源文件重新生成的文件有 {expected} 页。文件可能被删改，请要求重新报送', en: 'The filing has {actual} pages; its embedded source generates {expected}. It may have been altered; ask for it again' },
    bytes: { zh: '备案文件各页文字与内嵌源文件重新生成的一致，但字节不同，而生成工具版本和字体相同。文件（如元数据或内嵌文件）可能被修改，请要求重新报送', en: 'The page text matches a rebuild from the embedded source, but the bytes differ although the tool version and fonts are the same. The file (its metadata or embedded files, say) may have been altered; ask for it again' },
    rebuild: { zh: '无法用内嵌的源文件重新生成这份 PDF（{detail}），不能确认其完整性。请要求报送单位用 catalog build 重新生成后原样报送', en: 'The PDF cannot be rebuilt from its embedded files ({detail}), so its integrity cannot be confirmed. Ask the sender to rebuild it with catalog build and send it unchanged' },
  },
});
