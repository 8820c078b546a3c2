/** missing-source (verify): a filing cannot be read, or carries no embedded source to check (or not all of it). */
import { defineStageCode } from '../rule.js';

export default defineStageCode({
  id: 'missing-source',
  severity: 'error',
  description: { zh: '备案文件无法读取，或 PDF 中没有（完整的）内嵌源文件', en: 'The filing cannot be read, or the PDF has no (complete) embedded source' },
  messages: {
    default: {
      zh: '这份 PDF 没有内嵌目录源文件，无法核验。请要求报送单位提交由 catalog build 生成的备案报告 PDF（或同时提交 YAML 源文件）',
      en: 'This PDF has no embedded catalogue source and cannot be verified. Ask for the filing PDF made by catalog build (or the YAML source)',
    },
    noManifest: {
      zh: 'PDF 内嵌了源文件，但缺少生成清单 {names}，无法确认 PDF 是由它生成的（已检查内嵌的源文件）。请要求报送 catalog build 生成的原始 PDF',
      en: 'The PDF embeds a source but not the build manifest {names}, so it cannot be confirmed that the PDF was made from it (the embedded source was checked). Ask for the original PDF made by catalog build',
    },
    incomplete: {
      zh: 'PDF 的内嵌文件不全（缺少 {names}），无法重新生成并核对 PDF（已检查内嵌的源文件）。请要求报送 catalog build 生成的原始 PDF',
      en: 'Embedded files are missing ({names}), so the PDF cannot be rebuilt and compared (the embedded source was checked). Ask for the original PDF made by catalog build',
    },
    empty: { zh: '文件是空的（0 字节），无法核验。请要求报送单位重新报送', en: 'The file is empty (0 bytes) and cannot be verified. Ask for it again' },
    zip: {
      zh: '这是一个 ZIP 压缩包（压缩文件或 Word/WPS 文档）被改成了 .pdf 扩展名，不是 PDF。请解压后核验其中的 PDF，或要求报送 catalog build 生成的 PDF',
      en: 'This is a ZIP archive (a compressed folder or a Word/WPS document) renamed to .pdf, not a PDF. Unpack it and verify the PDF inside, or ask for the PDF made by catalog build',
    },
    notPdf: {
      zh: '文件不是 PDF（开头是“{detail}”）。请要求报送单位提交 catalog build 生成的备案 PDF，或 YAML 源文件',
      en: 'The file is not a PDF (it starts with "{detail}"). Ask for the filing PDF made by catalog build, or the YAML source',
    },
    truncated: {
      zh: 'PDF 文件不完整（只有 {size} 字节，缺少文件结尾 %%EOF），可能在下载或拷贝时中断。请重新获取这份文件',
      en: 'The PDF is incomplete ({size} bytes, no %%EOF at the end): a download or copy was probably interrupted. Get the file again',
    },
    encrypted: {
      zh: 'PDF 设置了打开密码（已加密），无法读取内嵌的源文件。请要求报送单位提交未加密的 PDF',
      en: 'The PDF is password-protected (encrypted); its embedded source cannot be read. Ask for an unencrypted PDF',
    },
    damaged: { zh: 'PDF 文件已损坏，无法读取（{detail}）。请重新获取这份文件', en: 'The PDF is damaged and cannot be read ({detail}). Get the file again' },
    tooLarge: {
      zh: '文件有 {size}，超过上限 {max}，未读取。catalog build 生成的备案 PDF 通常不到 1 MB；请确认报送的文件，或用 --max-size 调高上限',
      en: 'The file is {size}, over the {max} limit, and was not read. Filing PDFs made by catalog build are usually under 1 MB; check the file, or raise the limit with --max-size',
    },
    unreadable: {
      zh: '无法读取文件（{reason}）。请检查文件权限，或重新获取这份文件',
      en: 'The file cannot be read ({reason}). Check its permissions, or get it again',
    },
    timeout: {
      zh: '核验超过 {seconds} 秒未完成，已中止（其他文件照常核验）。请单独核验这份文件，或用 --timeout 延长时限',
      en: 'Verification took longer than {seconds} s and was stopped (the other files were verified as usual). Verify this file on its own, or allow more time with --timeout',
    },
    table: { zh: '无法从这份手工制作的表格中读出目录：{detail}', en: 'No catalogue could be read from this hand-made table: {detail}' },
    crashed: {
      zh: '核验这份文件时程序出错，已跳过（其他文件照常核验）：{detail}。请用 --debug 单独核验这份文件，并把结果反馈给工具维护者',
      en: 'The program failed while verifying this file and skipped it (the other files were verified as usual): {detail}. Verify it on its own with --debug and report the result to the maintainers',
    },
  },
});
