/** tampered-document (verify): the filing PDF is not what its embedded source generates. */
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'tampered-document',
  severity: 'error',
  description: { zh: '备案文件与其内嵌的源文件生成的结果不一致', en: 'The filing differs from what its embedded source generates' },
  messages: {
    default: { zh: '备案文件与内嵌源文件重新生成的文件不一致（第 {page} 页文字不同）。文件可能在生成后被修改，请要求报送单位用 catalog build 重新生成后报送', en: 'The filing differs from the document its embedded source generates (text differs on page {page}). It may have been edited after it was built; ask the sender to rebuild it with catalog build and resend' },
    pages: { zh: '备案文件有 {actual} 页，而内嵌源文件重新生成的文件有 {expected} 页。文件可能被删改，请要求重新报送', en: 'The filing has {actual} pages; its embedded source generates {expected}. It may have been altered; ask for it again' },
    bytes: { zh: '备案文件与内嵌源文件重新生成的文件字节不同，而生成工具版本相同。文件可能被修改，请要求重新报送', en: 'The filing\'s bytes differ from a rebuild by the same tool version. It may have been altered; ask for it again' },
  },
});
