/** The characters of a YAML scalar as written, each with its place in the source (so a fix edits exactly that place). */

/** One character of the value: `at`/`length` are its source range; `fixable` is false for escapes and line folds. */
export interface Unit {
  readonly ch: string;
  readonly at: number;
  readonly length: number;
  readonly fixable: boolean;
}

/** A line break and the indentation around it read as one blank that no fix may touch. */
const FOLD = ' ';

/**
 * The units of the scalar written at `text[start, end)`: plain, single- or double-quoted, or a block
 * scalar. Returns [] for an alias or a node that opens with an anchor or a tag (nothing to read there).
 */
export function scalarUnits(text: string, start: number, end: number): Unit[] {
  const first = text[start];
  if (first === '*' || first === '&' || first === '!') return [];
  if (first === '"') return quotedUnits(text, start + 1, closingAt(text, start, end, '"'), true);
  if (first === "'") return quotedUnits(text, start + 1, closingAt(text, start, end, "'"), false);
  if (first === '|' || first === '>') {
    const body = text.indexOf('\n', start);
    const units = body < 0 || body >= end ? [] : foldedUnits(text, body, end);
    while (units.length > 0 && units[units.length - 1]?.ch === FOLD) units.pop();
    return units;
  }
  return foldedUnits(text, start, end);
}

function closingAt(text: string, start: number, end: number, quote: string): number {
  return text[end - 1] === quote && end - 1 > start ? end - 1 : end;
}

/** Plain and block text: every character as is, each line break with its indentation one blank. */
function foldedUnits(text: string, from: number, to: number): Unit[] {
  const out: Unit[] = [];
  for (let i = from; i < to; i++) {
    if (text[i] === '\n' || text[i] === '\r') {
      let j = i + 1;
      while (j < to && /[ \t\r\n]/.test(text[j] ?? '')) j++;
      out.push({ ch: FOLD, at: i, length: j - i, fixable: false });
      i = j - 1;
    } else {
      out.push({ ch: text[i] ?? '', at: i, length: 1, fixable: true });
    }
  }
  return out;
}

/** Quoted text: `\"` and `''` are one quote character; other escapes are opaque; line breaks fold. */
function quotedUnits(text: string, from: number, to: number, double: boolean): Unit[] {
  const out: Unit[] = [];
  for (let i = from; i < to; i++) {
    const c = text[i] ?? '';
    if (double && c === '\\') {
      const next = text[i + 1] ?? '';
      const known = next === '"' || next === '\\' || next === '/';
      out.push({ ch: known ? next : '\uFFFC', at: i, length: 2, fixable: known });
      i++;
    } else if (!double && c === "'" && text[i + 1] === "'") {
      out.push({ ch: "'", at: i, length: 2, fixable: true });
      i++;
    } else if (c === '\n' || c === '\r') {
      const folded = foldedUnits(text, i, to);
      const fold = folded[0];
      if (fold) out.push(fold);
      i = (fold ? fold.at + fold.length : i + 1) - 1;
    } else {
      out.push({ ch: c, at: i, length: 1, fixable: true });
    }
  }
  return out;
}
