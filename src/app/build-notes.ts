/** What `build` warns about once per catalogue before writing: 公文 fields missing from the documents it makes. */
import type { Selection } from '../build/selection.js';
import type { Catalogue, Lang } from '../model/index.js';
import { t } from '../messages/cli.js';

/**
 * One line per missing field, for the documents selected: a notice without 发文字号, a filing report without
 * 发文字号 or 签发人 (上行文), and no 成文日期. Malformed or blank values are `document-metadata` findings instead.
 */
export function missingMetadataNotes(file: string, resolved: Catalogue | undefined, selection: Selection, undated: boolean, lang: Lang): string[] {
  const doc = resolved?.document ?? {};
  const writesDocuments = selection.docx || selection.pdf;
  const notes: string[] = [];
  if (writesDocuments && selection.notice && doc.number === undefined) notes.push(t(lang, 'build.noNumber', { file }));
  if (writesDocuments && selection.filing && doc.filingNumber === undefined) notes.push(t(lang, 'build.noFilingNumber', { file }));
  if (writesDocuments && selection.filing && doc.signer === undefined) notes.push(t(lang, 'build.noSigner', { file }));
  if (undated) notes.push(t(lang, 'build.undated', { file }));
  return notes;
}
