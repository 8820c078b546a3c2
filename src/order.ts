/** Orders that do not depend on the machine's locale (LANG, LC_ALL): the same input sorts the same everywhere. */

/** Code point order (what `<` does on strings, but by code point, not UTF-16 unit): for ids, paths and messages. */
export function byCodePoint(a: string, b: string): number {
  if (a === b) return 0;
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** Chinese names (regions) in pinyin order, with the locale named explicitly rather than taken from LANG. */
export const byChineseName: (a: string, b: string) => number = new Intl.Collator('zh-CN').compare;
