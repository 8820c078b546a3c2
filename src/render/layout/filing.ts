/** The 备案报告 (上行文) that files the catalogue with the body whose catalogue it extends. */
import type { Block, LayoutInput, OfficialDocument } from '../../model/index.js';
import { copyToText, filingCopyTo, filingRecipient } from './addressees.js';
import { attachment, closing, documentInfo, masthead, titleBlock } from './common.js';
import { templateContext } from './context.js';
import { documentDateText } from './dates.js';
import { paragraphBlocks, renderTemplate } from './template.js';

/** Lay out the 备案报告: 发文字号 left and 签发人 right, 主送 the baseline's issuer, 特此报告. */
export function layoutFiling(input: LayoutInput): OfficialDocument {
  const { catalogue } = input;
  const doc = catalogue.document;
  const title = `${catalogue.issuer}关于报送《${catalogue.title}》备案的报告`;
  const number = doc.filingNumber?.trim();
  const signer = doc.signer?.trim();
  const body: Block[] = [
    ...masthead(catalogue, { kind: 'docNumber', align: 'split', ...(number ? { number } : {}), ...(signer ? { signer } : {}) }),
    titleBlock(title, catalogue),
    { kind: 'recipients', text: `${filingRecipient(input.baseline)}：` },
    ...paragraphBlocks(renderTemplate('filing', input.templates.filing, templateContext(input))),
    ...closing(input),
  ];
  const copyTo = copyToText(filingCopyTo(catalogue, input.baseline));
  return {
    kind: 'filing',
    info: documentInfo(title, input),
    body,
    attachment: attachment(catalogue, input.baseline),
    // 版记 only when someone besides the 主送 is copied (official-document.md: no 抄送 unless given).
    ...(copyTo
      ? {
          colophon: {
            copyTo,
            printedBy: doc.printedBy?.trim() || `${catalogue.issuer}办公室`,
            printDate: `${documentDateText(input)}印发`,
          },
        }
      : {}),
  };
}
