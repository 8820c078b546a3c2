/** The portal page's content: the catalogue title, issuer, date and 发文字号 above the same table. */
import type { LayoutInput, PortalPage } from '../../model/index.js';
import { documentInfo } from './common.js';
import { chineseDate, documentDateText } from './dates.js';
import { layoutTable } from './table.js';

export function layoutPortal(input: LayoutInput): PortalPage {
  const { catalogue } = input;
  const doc = catalogue.document;
  const number = doc.number?.trim();
  const index = doc.indexNumber?.trim();
  const published = doc.publishDate?.trim();
  return {
    title: catalogue.title,
    issuer: catalogue.issuer,
    date: documentDateText(input),
    ...(number ? { documentNumber: number } : {}),
    ...(index ? { indexNumber: index } : {}),
    ...(published ? { publishDate: { text: chineseDate(published), iso: published } } : {}),
    noticeFile: `${catalogue.id}.notice.pdf`,
    noticeTitle: `${catalogue.issuer}关于印发《${catalogue.title}》的通知`,
    table: layoutTable(catalogue, input.baseline),
    info: documentInfo(catalogue.title, input),
  };
}
