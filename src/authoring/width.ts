/** Display width in a terminal: CJK characters and full-width forms take two columns. */

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

/** `s` followed by spaces up to `n` columns. */
export function padEnd(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - displayWidth(s)));
}
