/**
 * The format-neutral document model: what the 印发通知 and the 备案报告 say and how they are arranged,
 * built by the pure layout step and painted by the DOCX, PDF and HTML renderers alike.
 */

/** Who a run of text is set in (GB/T 9704 §7.3): each renderer maps a role to its font. */
export type FontRole =
  | 'title' // 小标宋: 发文机关标志, 标题, 附件标题
  | 'fang' // 仿宋_GB2312: 正文, 三级/四级层次, 表格内容, 版记
  | 'hei' // 黑体: 一级层次 "一、", "附件" 标识, 表头
  | 'kai' // 楷体_GB2312: 二级层次 "（一）"
  | 'song'; // 宋体: 页码

/** A stretch of text in one role (digits and Latin are set in Times New Roman by every renderer). */
export interface Run {
  readonly text: string;
  readonly role: FontRole;
}

/** The blocks of the 公文 body, in reading order; positions follow GB/T 9704 and official-document.md. */
export type Block =
  /** 发文机关标志, e.g. 卫辉市教育局文件: red 小标宋, centred. */
  | { readonly kind: 'masthead'; readonly text: string }
  /**
   * 发文字号 line under the masthead. 下行文 (`notice`): number centred. 上行文 (`filing`): number flush left
   * and 签发人 flush right on the same line. Either may be absent; the line is then left empty.
   */
  | { readonly kind: 'docNumber'; readonly number?: string; readonly signer?: string; readonly align: 'center' | 'split' }
  /** The red separator line under the 版头. */
  | { readonly kind: 'redLine' }
  /** 标题: 二号 小标宋, centred; `lines` is the balanced wrapping (梯形/菱形) the layout chose. */
  | { readonly kind: 'title'; readonly text: string; readonly lines: readonly string[] }
  /** 主送机关, flush left, ending with a full-width colon. */
  | { readonly kind: 'recipients'; readonly text: string }
  /** A body paragraph: first line indented two characters; heading levels are runs in hei/kai. */
  | { readonly kind: 'paragraph'; readonly runs: readonly Run[] }
  /** 附件说明: "附件：…", two characters in; continuation lines align after "附件：". */
  | { readonly kind: 'attachmentNote'; readonly label: string; readonly items: readonly string[] }
  /** 署名 (centred over the date) and 成文日期 (four characters in from the right). */
  | { readonly kind: 'signature'; readonly issuer: string; readonly date: string }
  /** 附注, e.g. （联系人：李四，电话：0373-0000000）, two characters in. */
  | { readonly kind: 'annotation'; readonly text: string };

/** One cell of the catalogue table; `lines` are shown one per line. */
export interface TableCell {
  readonly lines: readonly string[];
  readonly align: 'left' | 'center';
}

/** A header cell with its spans (two header rows). */
export interface HeaderCell {
  readonly text: string;
  readonly colSpan: number;
  readonly rowSpan: number;
}

/** A leaf column of the table: key, header path, and width in millimetres (they add up to the 版心 width). */
export interface TableColumn {
  readonly key: string;
  readonly width: number;
}

/** One 二级事项 row: cells for every column except `category`, which the group spans. */
export interface TableRow {
  readonly itemId: string;
  readonly cells: readonly TableCell[];
}

/** The rows of one 一级事项: its name cell spans them all (repeated when a page break splits a group). */
export interface RowGroup {
  readonly categoryId: string;
  readonly categoryName: string;
  readonly rows: readonly TableRow[];
}

/** 标准目录 as a table: two header rows, then one row group per 一级事项. */
export interface CatalogueTable {
  /** Leaf columns in order; the column with key 'category' is the spanning 一级事项 column. */
  readonly columns: readonly TableColumn[];
  /** Exactly two header rows, cells spanning as published (公开事项 over 一级事项 · 二级事项, …). */
  readonly header: readonly [readonly HeaderCell[], readonly HeaderCell[]];
  readonly groups: readonly RowGroup[];
  /** Width of the 版心 the table fills, in millimetres (landscape: 225). */
  readonly width: number;
}

/** 附件: a new landscape section with "附件" top left, its title centred, then the table. */
export interface Attachment {
  readonly label: string;
  readonly title: string;
  readonly table: CatalogueTable;
}

/** 版记: 抄送, 印发机关 and 印发日期, at the foot of the last page. */
export interface Colophon {
  readonly copyTo?: string;
  readonly printedBy?: string;
  readonly printDate: string;
}

/** Document properties every renderer writes into its metadata. */
export interface DocumentInfo {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  /** 成文日期 as ISO (YYYY-MM-DD): also the fixed creation time of the files. */
  readonly date: string;
  /** SHA-256 of the source YAML. */
  readonly sourceSha256: string;
}

/** A whole 公文: the 印发通知 (`notice`, 下行文) or the 备案报告 (`filing`, 上行文). */
export interface OfficialDocument {
  readonly kind: 'notice' | 'filing';
  readonly info: DocumentInfo;
  readonly body: readonly Block[];
  readonly attachment: Attachment;
  readonly colophon?: Colophon;
}

/** The portal page's content: same table, with the title, issuer and date. */
export interface PortalPage {
  readonly title: string;
  readonly issuer: string;
  readonly date: string;
  readonly documentNumber?: string;
  /** 索引号, when the catalogue gives one. */
  readonly indexNumber?: string;
  /** 发布日期, when given: as printed and as ISO. */
  readonly publishDate?: { readonly text: string; readonly iso: string };
  /** File name of the 印发通知 PDF written beside the page (ID.notice.pdf), and the notice's title. */
  readonly noticeFile?: string;
  readonly noticeTitle?: string;
  readonly table: CatalogueTable;
  readonly info: DocumentInfo;
}

/** What the layout step needs: the resolved catalogue and what it was built on, all as data. */
export interface LayoutInput {
  readonly catalogue: import('./catalogue.js').Catalogue;
  /** The resolved catalogue it extends (absent for the municipal baseline). */
  readonly baseline?: import('./catalogue.js').Catalogue;
  /** Ids of the items that are not in the baseline, in catalogue order. */
  readonly addedItemIds: readonly string[];
  readonly sourceSha256: string;
  /** 成文日期, ISO YYYY-MM-DD: `document.date`, else from SOURCE_DATE_EPOCH (the CLI decides). */
  readonly date: string;
  /** No date was given: print the 成文日期 blank (　　年　　月　　日) to be filled in when signed. */
  readonly undated?: boolean;
  /** Handlebars template texts for the body of each document (templates/ or --templates DIR). */
  readonly templates: { readonly notice: string; readonly filing: string };
}
