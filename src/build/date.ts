/** The documents' date: `document.date`, else SOURCE_DATE_EPOCH, else left blank to be filled in by hand. */

export interface DocumentDate {
  /** ISO date used for the text and as the fixed creation time of the files. */
  readonly iso: string;
  /** True when no date was given: the 成文日期 is printed blank (　　年　　月　　日). */
  readonly undated: boolean;
}

/** Used as the files' creation time when the document has no date (the zip format's own epoch). */
const UNDATED = '1980-01-01';

/** Pure: the caller passes the environment's SOURCE_DATE_EPOCH (seconds since 1970, UTC+8 calendar day). */
export function documentDate(documentDateField: string | undefined, sourceDateEpoch: string | undefined): DocumentDate {
  if (documentDateField) return { iso: documentDateField, undated: false };
  const seconds = Number(sourceDateEpoch);
  if (sourceDateEpoch !== undefined && sourceDateEpoch.trim() !== '' && Number.isFinite(seconds)) {
    const beijing = new Date((seconds + 8 * 3600) * 1000);
    return { iso: beijing.toISOString().slice(0, 10), undated: false };
  }
  return { iso: UNDATED, undated: true };
}
