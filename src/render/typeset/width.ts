/** How wide a text is in full-width characters, without a font: the unit of the title, header and indent counts. */

/** Half-width characters: ASCII (digits and Latin in Times New Roman) and the half-width forms U+FF61–U+FFDC. */
export function isHalfWidth(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code <= 0x7e || (code >= 0xff61 && code <= 0xffdc);
}

/** Width of a text in characters: a half-width character counts half. */
export function widthInChars(text: string): number {
  return Array.from(text).reduce((sum, ch) => sum + (isHalfWidth(ch) ? 0.5 : 1), 0);
}
