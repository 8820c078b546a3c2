/** The keyboard slips (src/load/slips.ts) whose fix is certain, as text edits: colons, list dashes and comment signs. */
import { Parser } from '../vendor/yaml.js';
import { findSlips, type Slip } from '../load/slips.js';
import { flattenTokens } from '../load/tokens.js';
import type { Edit } from '../validate/punctuation.js';

/** A slip that `catalog fix` rewrites, with its edit. */
export interface FixedSlip {
  readonly slip: Slip;
  readonly edit: Edit;
}

/** Full-width indentation (how many spaces?), brackets, quotes and commas (one entry or several?) are left to the user. */
export function slipFixes(text: string): FixedSlip[] {
  const slips = findSlips(text, flattenTokens([...new Parser().parse(text)]));
  return slips.flatMap((slip) => {
    const edit = editFor(text, slip);
    return edit ? [{ slip, edit }] : [];
  });
}

function editFor(text: string, s: Slip): Edit | undefined {
  const at = s.offset;
  switch (s.messageId) {
    case 'fullwidthColon': {
      let from = at;
      while (from > 0 && text[from - 1] === '\u3000') from--;
      return colon(text, from, at + 1);
    }
    case 'noSpace':
    case 'colonFullwidthSpace':
      return colon(text, at, at + 1);
    case 'fullwidthDash':
    case 'dashFullwidthSpace':
    case 'dashNoSpace':
      return { at, length: blanksAfter(text, at + 1) - at, text: '- ' };
    case 'fullwidthHash':
      return { at, length: 1, text: at > 0 && !/[\s\u3000]/u.test(text[at - 1] ?? '\n') ? ' #' : '#' };
    default:
      return undefined;
  }
}

/** `key:` then one space before a value on the same line; nothing after a colon that ends the line. */
function colon(text: string, from: number, after: number): Edit {
  const end = blanksAfter(text, after);
  const eol = end >= text.length || text[end] === '\n' || text[end] === '\r';
  // A comment after the colon keeps its blanks (the layout), as long as they are ASCII.
  if (text[end] === '#' && /^ +$/.test(text.slice(after, end))) return { at: from, length: after - from, text: ':' };
  return { at: from, length: end - from, text: eol ? ':' : ': ' };
}

function blanksAfter(text: string, i: number): number {
  let j = i;
  while (j < text.length && (text[j] === ' ' || text[j] === '\u3000')) j++;
  return j;
}
