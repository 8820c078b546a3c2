/** `defineRule` is generic over its message ids: a misspelt messageId is a type error (checked by `npm run typecheck`). */
import { describe, expect, it } from 'vitest';
import { defineRule, runRule, type RuleContext } from '../../src/validate/rule.js';

const rule = defineRule({
  id: 'example-rule',
  severity: 'warning',
  description: { zh: '示例', en: 'Example' },
  messages: {
    default: { zh: '默认', en: 'default' },
    other: { zh: '另一条', en: 'other' },
  },
  check(_ctx, report) {
    report({ pointer: '/a' });
    report({ pointer: '/b', messageId: 'other' });
    // @ts-expect-error 'othr' is not one of this rule's message ids
    report({ pointer: '/c', messageId: 'othr' });
    // @ts-expect-error a check does not name its rule: the runner fills the id in
    report({ pointer: '/d', rule: 'example-rule' });
  },
});

describe('defineRule', () => {
  it('keeps the message ids and fills in the rule id of every report', () => {
    const findings = runRule(rule, {} as RuleContext);
    expect(findings.map((f) => [f.rule, f.pointer, f.messageId])).toEqual([
      ['example-rule', '/a', undefined],
      ['example-rule', '/b', 'other'],
      ['example-rule', '/c', 'othr'],
      ['example-rule', '/d', undefined],
    ]);
  });
});
