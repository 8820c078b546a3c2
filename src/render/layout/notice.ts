/** The 印发通知 (下行文) that publishes the catalogue, with the catalogue table as its 附件. */
import type { Block, LayoutInput, OfficialDocument } from '../../model/index.js';
import { copyToText, noticeCopyTo, noticeRecipients } from './addressees.js';
import { attachment, closing, documentInfo, masthead, titleBlock } from './common.js';
import { templateContext } from './context.js';
import { documentDateText } from './dates.js';
import { paragraphBlocks, renderTemplate } from './template.js';

function recipients(input: LayoutInput): string {
  return `${noticeRecipients(input.catalogue).join('、')}：`;
}

/** Lay out the 印发通知: 版头, 标题, 主送, the templated text, 附件说明, 落款, 附注, 附件 and 版记. */
export function layoutNotice(input: LayoutInput): OfficialDocument {
  const { catalogue } = input;
  const doc = catalogue.document;
  const title = `${catalogue.issuer}关于印发《${catalogue.title}》的通知`;
  const number = doc.number?.trim();
  const body: Block[] = [
    ...masthead(catalogue, { kind: 'docNumber', align: 'center', ...(number ? { number } : {}) }),
    titleBlock(title, catalogue),
    { kind: 'recipients', text: recipients(input) },
    ...paragraphBlocks(renderTemplate('notice', input.templates.notice, templateContext(input))),
    ...closing(input),
  ];
  const copyTo = copyToText(noticeCopyTo(catalogue));
  return {
    kind: 'notice',
    info: documentInfo(title, input),
    body,
    attachment: attachment(catalogue, input.baseline),
    colophon: {
      ...(copyTo ? { copyTo } : {}),
      printedBy: doc.printedBy?.trim() || `${catalogue.issuer}办公室`,
      printDate: `${documentDateText(input)}印发`,
    },
  };
}
