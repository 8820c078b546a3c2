/** hidden-content (verify, import): a hand-made Word/Excel/HTML table carries content a reader does not see; it is refused, not read. */
import { defineStageCode } from '../rule.js';

export default defineStageCode({
  id: 'hidden-content',
  severity: 'error',
  description: {
    zh: '手工制作的目录表格中有读者看不到的内容（隐藏文字、白色或与底色相同的文字、极小字号、隐藏的行或列、未接受的修订、批注或脚注）',
    en: 'A hand-made catalogue table carries content a reader does not see (hidden text, white or background-coloured text, tiny type, hidden rows or columns, unaccepted revisions, comments or footnotes)',
  },
  messages: {
    default: {
      zh: '{where}第{row}行（{name}）有读者看不到的内容：{how}“{text}”。核验只认 Word/Excel/浏览器显示出来的内容，看不到的内容不算数，可能被用来蒙混核验。请要求报送单位去掉隐藏格式、接受或拒绝全部修订、删除批注和脚注后重新报送',
      en: '{where}row {row} ({name}) carries content a reader does not see: {how} "{text}". Verification reads only what Word/Excel/a browser shows; hidden content does not count and may be there to get past verification. Ask the sender to remove the hidden formatting, accept or reject every tracked change, delete comments and footnotes, and file again',
    },
  },
});
