/** Findings as rules report them (pointers) and diagnostics as users see them (line:column). */

export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'zh' | 'en';

/** A message template in both languages; `{slot}` is replaced by the finding's data. */
export interface Message {
  readonly zh: string;
  readonly en: string;
}

/** A value for a message slot: text, a number, or a word in both languages (picked when the message is worded). */
export type SlotValue = string | number | Message;

/** What a rule or stage reports: a pointer into the source, never a line number. */
export interface Finding {
  readonly rule: string;
  /** JSON pointer into the source document ('' = the root). */
  readonly pointer: string;
  /** Message id within the rule (default 'default'). */
  readonly messageId?: string;
  readonly data?: Readonly<Record<string, SlotValue>>;
  /** The category id, item id or ITEM#FIELD the finding is about (what a deviation names). */
  readonly target?: string;
  /** Overrides the rule's default severity (e.g. removals in a school catalogue). */
  readonly severity?: Severity;
  /** Point at the key of the pointer's node rather than its value. */
  readonly atKey?: boolean;
  /** An already-known position (stages that find problems before there is a tree). */
  readonly span?: Span;
}

/** 1-based positions of a node. */
export interface Span {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** A finding located and worded: what every formatter prints. */
export interface Diagnostic extends Span {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly file: string;
  readonly target?: string;
}
