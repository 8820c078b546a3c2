/** The portal page's content: the catalogue title, issuer, date and 发文字号 above the same table. */
import type { LayoutInput, PortalPage } from '../../model/index.js';
import { documentInfo } from './common.js';
import { documentDateText } from './dates.js';
import { layoutTable } from './table.js';

export function layoutPortal(input: LayoutInput): PortalPage {
  const { catalogue } = input;
  const number = catalogue.document.number?.trim();
  return {
    title: catalogue.title,
    issuer: catalogue.issuer,
    date: documentDateText(input),
    ...(number ? { documentNumber: number } : {}),
    table: layoutTable(catalogue, input.baseline),
    info: documentInfo(catalogue.title, input),
  };
}
