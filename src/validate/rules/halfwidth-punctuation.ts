/** halfwidth-punctuation: half-width brackets, straight quotes or ASCII ,:;?! in Chinese text (GB/T 15834); `catalog fix` rewrites them. */
import { lineStarts, punctuationInSource, spanOfRange } from '../prose-scalars.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'halfwidth-punctuation',
  severity: 'warning',
  description: {
    zh: '中文文字里用了半角括号、直引号或半角标点（GB/T 15834 要求全角）',
    en: 'Half-width brackets, straight quotes or ASCII punctuation in Chinese text (GB/T 15834 wants full-width)',
  },
  messages: {
    default: {
      zh: '中文里的标点应当用全角：{found} 应为 {fixed}（可用 catalog fix 修正）',
      en: 'Chinese text takes full-width punctuation: {found} should be {fixed} (catalog fix rewrites it)',
    },
    bracket: {
      zh: '中文里的括号应当用全角“（）”：{found} 应为 {fixed}（可用 catalog fix 修正）',
      en: 'Brackets in Chinese text are full-width （）: {found} should be {fixed} (catalog fix rewrites it)',
    },
    docNumber: {
      zh: '发文字号的年份应当用六角括号“〔〕”：{found} 应为 {fixed}（可用 catalog fix 修正）',
      en: 'The year of a document number takes the hexagonal brackets 〔〕: {found} should be {fixed} (catalog fix rewrites it)',
    },
    quote: {
      zh: '中文里的引号应当用成对的弯引号“”‘’：{found} 应为 {fixed}（可用 catalog fix 修正）',
      en: 'Quotes in Chinese text are the paired curly quotes “” ‘’: {found} should be {fixed} (catalog fix rewrites it)',
    },
    punct: {
      zh: '中文里的逗号、冒号、分号、问号、叹号应当用全角：{found} 应为 {fixed}（可用 catalog fix 修正）',
      en: 'Commas, colons, semicolons, question and exclamation marks in Chinese text are full-width: {found} should be {fixed} (catalog fix rewrites it)',
    },
    unpairedQuote: {
      zh: '引号不成对：{found}。请补上另一半，并改用全角弯引号“”或‘’',
      en: 'An unpaired quote: {found}. Add its other half and use the curly quotes “” or ‘’',
    },
  },
  // Only the file's own text is read: a county is never told about the baseline's wording, which it inherits.
  check(ctx, report) {
    if (ctx.text === undefined) return;
    const starts = lineStarts(ctx.text);
    for (const s of punctuationInSource(ctx.source, ctx.positions, ctx.text)) {
      report({ pointer: s.pointer, messageId: s.messageId, data: { found: s.found, fixed: s.fixed }, span: spanOfRange(starts, s.start, s.end) });
    }
  },
});
