/** 成文日期 in the form GB/T 9704 §7.3.5 wants: Arabic numerals, full year, no leading zeros. */

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** `chineseDate('2020-10-26')` → `2020年10月26日`; anything but an ISO date is a caller's bug. */
export function chineseDate(iso: string): string {
  const m = ISO_DATE.exec(iso.trim());
  if (!m) throw new Error(`not an ISO date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  const [, year = '', month = '', day = ''] = m;
  return `${year}年${Number(month)}月${Number(day)}日`;
}

/** Blank 成文日期 for a document built without a date: filled in by hand when it is signed. */
const BLANK_DATE = '　　年　　月　　日';

/** The date as printed in a document: Chinese, or blank when the input is undated. */
export function documentDateText(input: { readonly date: string; readonly undated?: boolean }): string {
  return input.undated ? BLANK_DATE : chineseDate(input.date);
}
