/** Orders that do not depend on the machine's locale (LANG, LC_ALL): the same input sorts the same everywhere. */

/** Code point order (what `<` does on strings, but by code point, not UTF-16 unit): for ids, paths and messages. */
export function byCodePoint(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length - b.length;
  // At the first differing unit: a whole code point where a surrogate pair starts, else the unit itself
  // (after an equal high surrogate, low surrogates already compare in code point order).
  return a.codePointAt(i)! - b.codePointAt(i)!;
}

let chinese: Intl.Collator | undefined;

/**
 * Chinese names (regions) in pinyin order, with the locale named explicitly rather than taken from LANG.
 * The collator is made on first use: loading ICU's zh collation data costs every command at start-up else.
 */
export function byChineseName(a: string, b: string): number {
  chinese ??= new Intl.Collator('zh-CN');
  return chinese.compare(a, b);
}
