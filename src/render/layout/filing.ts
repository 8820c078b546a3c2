/** The 备案报告 (上行文) that files the catalogue with the body whose catalogue it extends. */
import type { Block, LayoutInput, OfficialDocument } from '../../model/index.js';
import { attachment, closing, copyToText, documentInfo, masthead, titleBlock } from './common.js';
import { templateContext } from './context.js';
import { documentDateText } from './dates.js';
import { paragraphBlocks, renderTemplate } from './template.js';

/** Where the municipal baseline itself is filed: the issuer of 教办〔2020〕174号. */
const PROVINCIAL_BUREAU = '河南省教育厅';

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
    { kind: 'recipients', text: `${input.baseline?.issuer ?? PROVINCIAL_BUREAU}：` },
    ...paragraphBlocks(renderTemplate('filing', input.templates.filing, templateContext(input))),
    ...closing(input),
  ];
  const copyTo = copyToText(catalogue);
  return {
    kind: 'filing',
    info: documentInfo(title, input),
    body,
    attachment: attachment(catalogue, input.baseline),
    ...(copyTo ? {
      colophon: {
        copyTo,
        printedBy: doc.printedBy?.trim() || `${catalogue.issuer}办公室`,
        printDate: `${documentDateText(input)}印发`,
      },
    } : {}),
  };
}
