/** The catalogue as the pipeline sees it: source entries as written, and the resolved catalogue. */
import type { Provenance, SourceProvenance } from './provenance.js';

/** 公开对象 */
export type Audience = '全社会' | '特定群体';
/** 公开方式 */
export type Method = '主动' | '依申请';
/** 公开层级 */
export type Level = '市级' | '县级' | '乡级' | '校级';
/** 目录类别: the municipal baseline, a 县(市)区 catalogue, or a school's 校务公开 catalogue */
export type CatalogueKind = 'municipal' | 'county' | 'school';

/** 二级事项, resolved: all nine elements present. */
export interface Item {
  readonly id: string;
  readonly name: string;
  readonly content: readonly string[];
  readonly basis: readonly string[];
  readonly timeLimit: string;
  readonly subject: string;
  readonly channel: readonly string[];
  readonly audience: readonly Audience[];
  readonly method: readonly Method[];
  readonly level: readonly Level[];
  readonly note?: string;
  /** Where the row comes from (a baseline's rows; a county row keeps it only while unchanged). */
  readonly provenance?: Provenance;
}

/** 一级事项 */
export interface Category {
  readonly id: string;
  readonly name: string;
  readonly items: readonly Item[];
  readonly provenance?: Provenance;
}

/** 公文 metadata used by `build`. */
interface DocumentMeta {
  readonly number?: string;
  readonly filingNumber?: string;
  readonly signer?: string;
  readonly date?: string;
  readonly recipients?: readonly string[];
  readonly copyTo?: readonly string[];
  /** 抄送 of the 备案报告 when it differs from the 印发通知's (its 主送 is always left out). */
  readonly filingCopyTo?: string | readonly string[];
  /** An optional 完成时限 sentence for the 印发通知, e.g. 2020年11月30日前. */
  readonly deadline?: string;
  /** 索引号 of the portal page. */
  readonly indexNumber?: string;
  /** 发布日期 on the portal (ISO YYYY-MM-DD). */
  readonly publishDate?: string;
  readonly printedBy?: string;
  readonly contact?: { readonly name?: string; readonly phone?: string };
}

/** A declared exception to 只增不减, with its reason. */
export interface Deviation {
  readonly target: string;
  readonly reason: string;
  readonly ref?: string;
}

/** An item as written in a source file: only `id` is certain. */
export interface SourceItem {
  readonly id: string;
  readonly name?: string;
  readonly content?: string | readonly string[];
  readonly basis?: string | readonly string[];
  readonly timeLimit?: string;
  readonly subject?: string;
  readonly channel?: string | readonly string[];
  readonly audience?: Audience | readonly Audience[];
  readonly method?: Method | readonly Method[];
  readonly level?: Level | readonly Level[];
  readonly note?: string;
  readonly provenance?: SourceProvenance;
}

export interface SourceCategory {
  readonly id: string;
  readonly name?: string;
  readonly items?: readonly SourceItem[];
  readonly provenance?: SourceProvenance;
}

/** A catalogue source file after schema validation. */
export interface SourceCatalogue {
  readonly id: string;
  readonly kind: CatalogueKind;
  readonly region: string;
  readonly title: string;
  readonly issuer: string;
  readonly extends?: string;
  readonly version?: string;
  readonly declared?: { readonly categories: number; readonly items: number };
  readonly document?: DocumentMeta;
  readonly remove?: readonly string[];
  readonly deviations?: readonly Deviation[];
  readonly categories?: readonly SourceCategory[];
}

/** What a resolved catalogue was built on. */
export interface BaselineRef {
  readonly id: string;
  readonly version?: string;
  readonly sha256: string;
  /** The baseline file, relative to the working directory (or `<shipped>/…`). */
  readonly file: string;
}

/** 目录, resolved: every item complete, baseline entries overlaid. */
export interface Catalogue {
  readonly id: string;
  readonly kind: CatalogueKind;
  readonly region: string;
  readonly title: string;
  readonly issuer: string;
  readonly version?: string;
  readonly extends?: string;
  readonly declared?: { readonly categories: number; readonly items: number };
  readonly document: DocumentMeta;
  readonly deviations: readonly Deviation[];
  readonly baseline?: BaselineRef;
  readonly categories: readonly Category[];
}

/** Where a resolved entry came from, and the source node that speaks for it. */
export interface Origin {
  readonly status: 'inherited' | 'overlaid' | 'added';
  /** JSON pointer of the source node (category or item), when the source mentions it. */
  readonly pointer?: string;
  /** Pointer of the enclosing category in the source, for entries the source does not mention. */
  readonly parentPointer?: string;
}

/** Origins of every resolved category and item, by id. */
export interface Origins {
  readonly categories: ReadonlyMap<string, Origin>;
  readonly items: ReadonlyMap<string, Origin>;
  /** Pointer of each `remove:` entry, by id. */
  readonly removed: ReadonlyMap<string, string>;
}
