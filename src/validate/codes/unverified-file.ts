/** unverified-file (verify): a file in the inbox that verify does not check (Word, spreadsheet, OFD, image, notice PDF), listed so it is not lost. */
import { defineStageCode } from '../rule.js';

export default defineStageCode({
  id: 'unverified-file',
  severity: 'warning',
  description: {
    zh: '收文中有不能核验的文件（Word、表格、OFD、图片、印发通知 PDF 等），列出而不核验',
    en: 'A file verify does not check (Word, spreadsheet, OFD, image, notice PDF …) is listed, not verified',
  },
  messages: {
    default: {
      zh: '未核验：这不是备案文件（{ext}）。备案应报送 catalog build 生成的备案报告 PDF（*.filing.pdf）或 YAML 源文件',
      en: 'Not verified: this is not a filing ({ext}). A filing is the report PDF made by catalog build (*.filing.pdf) or the YAML source',
    },
    word: {
      zh: '未核验：Word/WPS 文档无法核验（可以另行编辑，与源文件不一定一致）。请要求报送 catalog build 生成的备案报告 PDF（*.filing.pdf）',
      en: 'Not verified: a Word/WPS document cannot be verified (it can be edited apart from the source). Ask for the filing PDF made by catalog build (*.filing.pdf)',
    },
    sheet: {
      zh: '未核验：电子表格无法核验。请要求报送 catalog build 生成的备案报告 PDF（*.filing.pdf）或 YAML 源文件',
      en: 'Not verified: a spreadsheet cannot be verified. Ask for the filing PDF made by catalog build (*.filing.pdf) or the YAML source',
    },
    ofd: {
      zh: '未核验：OFD 版式文件无法核验。请要求报送 catalog build 生成的备案报告 PDF（*.filing.pdf）',
      en: 'Not verified: an OFD document cannot be verified. Ask for the filing PDF made by catalog build (*.filing.pdf)',
    },
    image: {
      zh: '未核验：图片（扫描件、照片）无法核验。请要求报送 catalog build 生成的备案报告 PDF（*.filing.pdf）',
      en: 'Not verified: an image (scan or photo) cannot be verified. Ask for the filing PDF made by catalog build (*.filing.pdf)',
    },
    table: {
      zh: '未核验：没有从这份 Word/Excel 文件中读出目录表格（{detail}）。手工制作的目录应是一张含九要素各列的表格；也可报送 catalog build 生成的备案报告 PDF（*.filing.pdf）',
      en: 'Not verified: no catalogue table could be read from this Word/Excel file ({detail}). A hand-made catalogue is one table with a column for each of the nine elements; or file the report PDF made by catalog build (*.filing.pdf)',
    },
    notice: {
      zh: '未核验：这是印发通知，不是备案报告。备案核验的是备案报告 PDF（*.filing.pdf）；印发通知按程序签发公开即可',
      en: 'Not verified: this is the notice (印发通知), not the filing report. Verification checks the filing PDF (*.filing.pdf); the notice is issued and published as usual',
    },
  },
});
