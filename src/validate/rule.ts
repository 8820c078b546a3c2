/** The shape of a rule module: id, default severity, messages in zh and en, and an optional check. */
import type { PositionMap } from '../load/positions.js';
import type {
  Catalogue, CatalogueKind, Finding, Message, Origins, Severity, SourceCatalogue,
} from '../model/index.js';

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

export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  /** One line on what the rule checks. */
  readonly description: Message;
  /** Message templates by message id; `default` is required. Slots are `{name}`. */
  readonly messages: Readonly<Record<string, Message>> & { readonly default: Message };
  /** Whether a county may declare a finding of this rule in `deviations:`. */
  readonly declarable?: boolean;
  /** Rules without a check are reported by a stage (load, schema, resolve, verify). */
  readonly check?: (ctx: RuleContext) => readonly Finding[];
}

/** Kinds of catalogue whose removals are allowed (reported as info): schools 自行增减. */
export function removalSeverity(kind: CatalogueKind): Severity | undefined {
  return kind === 'school' ? 'info' : undefined;
}

/** The message variant for a removal: schools are told it is allowed. */
export function removalMessage(kind: CatalogueKind): string {
  return kind === 'school' ? 'school' : 'default';
}

/** Define a rule (identity function that keeps the literal types). */
export function defineRule(rule: Rule): Rule {
  return rule;
}
