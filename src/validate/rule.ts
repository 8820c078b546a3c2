/** The shape of a diagnostic code: a stage code (reported by load, schema, resolve or verify) or a rule with a check. */
import type { PositionMap } from '../load/positions.js';
import type { Catalogue, CatalogueKind, Finding, Message, Origins, Severity, SourceCatalogue } from '../model/index.js';

/** What a rule's check sees: the source as written, the resolved catalogue and its baseline. */
export interface RuleContext {
  readonly source: SourceCatalogue;
  readonly resolved: Catalogue;
  /** The resolved catalogue this one extends (absent for a municipal catalogue). */
  readonly baseline?: Catalogue;
  readonly origins: Origins;
  readonly positions: PositionMap;
  /** The source text as decoded (rules that point inside a value read it). */
  readonly text?: string;
}

/** Message templates by message id; `default` is required. Slots are `{name}`. */
type Messages<M extends string> = { readonly [K in M]: Message } & { readonly default: Message };

/** A code that a stage reports (yaml-syntax, schema, verify outcomes …): documented and worded, no check. */
export interface StageCode<M extends string = string> {
  readonly id: string;
  readonly severity: Severity;
  /** One line on what the code means. */
  readonly description: Message;
  readonly messages: Messages<M>;
  /** Whether a county may declare a finding of this code in `deviations:`. */
  readonly declarable?: boolean;
}

/** What a check reports: a finding without its rule id (the runner fills it in), with one of the rule's message ids. */
export type RuleFinding<M extends string = string> = Omit<Finding, 'rule' | 'messageId'> & { readonly messageId?: M | 'default' };
export type Report<M extends string = string> = (finding: RuleFinding<M>) => void;

/** A rule with a check over a resolved catalogue (ESLint's `create(context)` → `context.report`). */
export interface Rule<M extends string = string> extends StageCode<M> {
  /** Reports through `report`; returns nothing, so a finding cannot be returned and lost. */
  check(ctx: RuleContext, report: Report<M>): undefined;
}

/** Kinds of catalogue whose removals are allowed (reported as info): schools 自行增减. */
export function removalSeverity(kind: CatalogueKind): Severity | undefined {
  return kind === 'school' ? 'info' : undefined;
}

/** The message variant for a removal: schools are told it is allowed. */
export function removalMessage(kind: CatalogueKind): 'school' | 'default' {
  return kind === 'school' ? 'school' : 'default';
}

/** Define a rule; its message ids are inferred from `messages`, so `report` accepts only those. */
export function defineRule<const M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

/** Define a stage code (no check: a stage reports it). */
export function defineStageCode<const M extends string>(code: StageCode<M>): StageCode<M> {
  return code;
}

/** Run one rule's check and collect its findings, each with the rule's id. */
export function runRule(rule: Rule, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  rule.check(ctx, (finding) => {
    out.push({ rule: rule.id, ...finding });
  });
  return out;
}
