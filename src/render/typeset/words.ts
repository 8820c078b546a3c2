/**
 * Where Chinese text may break between words: Intl.Segmenter's word boundaries (ICU's dictionary), minus
 * the inside of the names and domain terms a title must keep whole (义务教育领域, 基层政务公开, the issuer…).
 */

/** Terms of these documents that read as one unit, though the segmenter cuts them into words. */
export const TERMS: readonly string[] = ['义务教育领域', '基层政务公开', '政务公开', '校务公开', '标准目录', '标准指引', '教育行政部门', '人民政府', '层级'];

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** UTF-16 offsets (0 < p < length) before which a line may break without splitting a word or a term. */
export function wordStarts(text: string, keep: readonly string[] = []): Set<number> {
  const starts = new Set<number>();
  for (const { index } of segmenter.segment(text)) if (index > 0) starts.add(index);
  for (const term of [...keep, ...TERMS]) {
    if (term.length < 2) continue;
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
      for (let p = at + 1; p < at + term.length; p += 1) starts.delete(p);
    }
  }
  return starts;
}
