/** What `verify` learns about one filing (报送的备案文件) beyond its diagnostics: the summary table's facts. */
import type { CatalogueKind, Deviation } from './catalogue.js';
import type { FileResult } from './result.js';

/** Item counts of a filed catalogue against what it extends. */
interface FilingItems {
  /** Items in the catalogue it extends (基准目录二级事项数). */
  readonly baseline: number;
  /** Items not in that baseline. */
  readonly added: number;
  /** Baseline items left out (a county's declared deviations, a school's removals). */
  readonly removed: number;
  /** Items of the resolved catalogue. */
  readonly total: number;
}

/** What was filed: 印发通知, 备案报告 or the YAML source itself. */
export type DocumentType = 'notice' | 'filing' | 'source';

/** The filed document's 文号 and 成文日期 (blank when the catalogue leaves them out). */
export interface FiledDocument {
  readonly type: DocumentType;
  readonly number?: string;
  /** YYYY-MM-DD. */
  readonly date?: string;
}

/** One row of the summary table (备案核验汇总表), as far as the filing could be read. */
export interface FilingFacts {
  readonly region?: string;
  /** The issuing office as the filing names it (公开主体/发文机关). */
  readonly issuer?: string;
  /** The catalogue's title as printed (the 附件's heading): a 印发通知 is its report's companion only under the same title. */
  readonly title?: string;
  /** SHA-256 of the resolved catalogue's categories and items: two filings of one unit with different content differ here. */
  readonly content?: string;
  readonly catalogue?: string;
  readonly kind?: CatalogueKind;
  /** What the catalogue extends directly: NAME@VERSION or a catalogue id. */
  readonly baseline?: string;
  /** The municipal baseline at the end of the chain, NAME@VERSION (equal to `baseline` for a county). */
  readonly root?: string;
  readonly items?: FilingItems;
  readonly deviations: readonly Deviation[];
  /** Set once the filing was read far enough to know what it is. */
  readonly document?: FiledDocument;
}

/** A verified filing: the diagnostics (with `integrity` and `status` set) and the table's facts. */
export interface FilingOutcome {
  readonly result: FileResult;
  readonly facts: FilingFacts;
  /** For a 印发通知 whose printed table is the same content as a 备案报告 of the same unit: that report's file (companion.ts). */
  readonly companionOf?: string;
}
