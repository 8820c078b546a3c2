/** Fill a rule's message template with a finding's data, in the user's language. */
import type { Finding, Lang } from '../model/index.js';
import type { Rule } from './rule.js';

export function formatMessage(rule: Rule, finding: Finding, lang: Lang): string {
  const template = rule.messages[finding.messageId ?? 'default'] ?? rule.messages.default;
  const data = finding.data ?? {};
  return template[lang].replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(data, key) ? String(data[key]) : whole,
  );
}
