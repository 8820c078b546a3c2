/** Blocks and properties the 印发通知 and the 备案报告 share: 版头, 标题, 落款, 附注, 附件, metadata. */
import { catalogueLabel, type Attachment, type Block, type Catalogue, type DocumentInfo, type LayoutInput } from '../../model/index.js';
import { documentDateText } from './dates.js';
import { layoutTable } from './table.js';
import { balanceTitle } from '../typeset/index.js';

const ATTACHMENT_LABEL = '附件';
const SUBJECT: Readonly<Record<Catalogue['kind'], string>> = {
  municipal: '义务教育领域基层政务公开标准目录',
  county: '义务教育领域基层政务公开标准目录',
  school: '校务公开标准目录',
};

/** 发文机关标志 and the red line; the 发文字号 line sits between them. */
export function masthead(catalogue: Catalogue, docNumber: Extract<Block, { kind: 'docNumber' }>): Block[] {
  return [{ kind: 'masthead', text: `${catalogue.issuer}文件` }, docNumber, { kind: 'redLine' }];
}

/** 标题 with its balanced wrapping; the issuer and region are kept whole. */
export function titleBlock(text: string, catalogue: Catalogue): Block {
  return { kind: 'title', text, lines: balanceTitle(text, { keep: [catalogue.issuer, catalogue.region] }) };
}

/** 附件说明, 署名 and 成文日期, then 附注 (联系人、电话) when a contact is given. */
export function closing(input: LayoutInput): Block[] {
  const { catalogue } = input;
  const contact = catalogue.document.contact;
  const parts = [contact?.name ? `联系人：${contact.name}` : '', contact?.phone ? `联系电话：${contact.phone}` : ''].filter((p) => p !== '');
  return [
    { kind: 'attachmentNote', label: ATTACHMENT_LABEL, items: [catalogue.title] },
    { kind: 'signature', issuer: catalogue.issuer, date: documentDateText(input) },
    ...(parts.length > 0 ? [{ kind: 'annotation', text: `（${parts.join('，')}）` } as const] : []),
  ];
}

export function attachment(catalogue: Catalogue, baseline?: Catalogue): Attachment {
  return { label: ATTACHMENT_LABEL, title: catalogue.title, table: layoutTable(catalogue, baseline) };
}

/** Document properties: keywords are the catalogue id, its kind and the baseline it extends. */
export function documentInfo(title: string, input: LayoutInput): DocumentInfo {
  const { catalogue } = input;
  const base = catalogue.baseline;
  const baseKey = base ? catalogueLabel(base) : undefined;
  return {
    title,
    author: catalogue.issuer,
    subject: SUBJECT[catalogue.kind],
    keywords: [catalogue.id, catalogue.kind, ...(baseKey ? [baseKey] : [])],
    date: input.date,
    sourceSha256: input.sourceSha256,
  };
}
