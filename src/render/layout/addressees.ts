/**
 * 主送 and 抄送 of each document (《党政机关公文处理工作条例》第九条: 抄送 names bodies other than the
 * 主送机关): the 印发通知 copies `copyTo`, the 备案报告 `filingCopyTo` (else `copyTo`), both minus their 主送
 * and the issuer itself.
 */
import type { Catalogue } from '../../model/index.js';

/** 主送机关 of the 印发通知 when the catalogue names none: the bureau's schools and its own 股室. */
const DEFAULT_NOTICE_RECIPIENTS: Readonly<Record<Catalogue['kind'], readonly string[]>> = {
  municipal: ['各县（市）区教育局', '局机关各科室', '局直各学校'],
  county: ['各乡镇（街道）中心学校', '局机关各股室', '各有关学校'],
  school: ['学校各处室', '各年级组'],
};

/** Where the municipal baseline itself is filed: the issuer of 教办〔2020〕174号. */
const PROVINCIAL_BUREAU = '河南省教育厅';

/** A YAML list or a single string, trimmed, without blanks. */
const listOf = (v: unknown): string[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]).map((s) => String(s).trim()).filter((s) => s !== '');
/** Names compared without spaces or brackets' width, so "新乡市 教育局" is 新乡市教育局. */
const key = (s: string): string => s.replace(/\s/gu, '').replace(/\(/gu, '（').replace(/\)/gu, '）');

/** The list without duplicates and without anything in `exclude`. */
function without(list: readonly string[], exclude: readonly string[]): string[] {
  const seen = new Set(exclude.map(key));
  return list.filter((s) => {
    const k = key(s);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** 主送机关 of the 印发通知. */
export function noticeRecipients(catalogue: Catalogue): readonly string[] {
  const named = listOf(catalogue.document.recipients);
  return named.length > 0 ? named : DEFAULT_NOTICE_RECIPIENTS[catalogue.kind];
}

/** 主送机关 of the 备案报告: the body whose catalogue this one extends. */
export function filingRecipient(baseline?: Catalogue): string {
  return baseline?.issuer ?? PROVINCIAL_BUREAU;
}

/** 抄送 of the 印发通知: `copyTo` minus its 主送 and the issuer. */
export function noticeCopyTo(catalogue: Catalogue): readonly string[] {
  return without(listOf(catalogue.document.copyTo), [...noticeRecipients(catalogue), catalogue.issuer]);
}

/** 抄送 of the 备案报告: `filingCopyTo` when given, else `copyTo`, never its 主送 nor the issuer. */
export function filingCopyTo(catalogue: Catalogue, baseline?: Catalogue): readonly string[] {
  const doc = catalogue.document;
  const own = doc.filingCopyTo !== undefined ? listOf(doc.filingCopyTo) : listOf(doc.copyTo);
  return without(own, [filingRecipient(baseline), catalogue.issuer]);
}

/** "抄送：A，B。", or undefined when there is nobody to copy to. */
export function copyToText(list: readonly string[]): string | undefined {
  return list.length > 0 ? `抄送：${list.join('，')}。` : undefined;
}
