/** Fill a rule's message template with a finding's data, in the user's language. */
import { fillTemplate, type Finding, type Lang, type Message } from '../model/index.js';
import type { StageCode } from './rule.js';

/**
 * Characters a terminal acts on or shows as nothing (controls, line breaks, zero-width and bidi marks):
 * a value from a catalogue must not move the cursor, recolour the screen or hide in a message.
 */
const INVISIBLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;

/** A value as it may appear in a message: invisible characters written as \uXXXX. */
function visibleText(s: string): string {
  return s.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function formatMessage(rule: StageCode, finding: Finding, lang: Lang): string {
  const messages: Readonly<Record<string, Message | undefined>> = rule.messages;
  const template = messages[finding.messageId ?? 'default'] ?? rule.messages.default;
  const data = Object.fromEntries(Object.entries(finding.data ?? {}).map(([k, v]) => [k, typeof v === 'object' ? v[lang] : v]));
  return fillTemplate(template[lang], data, { lang, show: visibleText });
}
