/**
 * A county may build with its own templates (`build --templates DIR`): the PDF embeds them and verify's rebuild uses
 * them, so the pages match whatever they say. The text they add is part of what is filed and published, like the text
 * around a hand-made table (verify-office.ts): each paragraph of the part's body that the shipped template does not
 * write for the same catalogue is read, and a withdrawal there (“其中‘招生计划’一项暂不公开”) is an error — not a
 * declarable finding of the table, so a 备案报告's declarations never cover it on its 印发通知 (red team round 9, o20).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Checked } from '../check/check.js';
import type { Block, Finding, LayoutInput } from '../model/index.js';
import { templatesDir } from '../util/paths.js';
import { normalizeText } from '../validate/normalize.js';
import { withdrawnPhrase } from '../validate/withdrawn.js';

/** The text of each block of a part's body, as printed (a paragraph's runs joined). */
function blockText(b: Block): string {
  if ('runs' in b) return b.runs.map((r) => r.text).join('');
  if ('text' in b) return b.text;
  if ('items' in b) return b.items.join('');
  return '';
}

const shippedTexts = new Map<string, string | undefined>();
/** The shipped template of a part (the defaults `build` uses without --templates), read once a process; undefined when it cannot be read. */
function shipped(part: 'notice' | 'filing'): string | undefined {
  if (shippedTexts.has(part)) return shippedTexts.get(part);
  let text: string | undefined;
  try {
    text = readFileSync(join(templatesDir, `${part}.hbs`), 'utf8');
  } catch {
    text = undefined;
  }
  shippedTexts.set(part, text);
  return text;
}

/** withdrawn-disclosure errors for the withdrawals in the body text the county's own template adds to the part. */
export async function templateFindings(
  checked: Checked,
  part: 'notice' | 'filing',
  templates: { readonly notice: string; readonly filing: string },
  date: { readonly iso: string; readonly undated: boolean },
): Promise<Finding[]> {
  const catalogue = checked.resolved;
  const defaults = { notice: shipped('notice'), filing: shipped('filing') };
  if (!catalogue || defaults.notice === undefined || defaults.filing === undefined) return [];
  if (templates[part] === defaults[part]) return [];
  const layout = await import('../render/layout/index.js');
  const input = (t: { readonly notice: string; readonly filing: string }): LayoutInput =>
    layout.layoutInputOf({ catalogue, baseline: checked.baseline, sourceSha256: checked.loaded.sha256 }, date, t);
  const body = (t: { readonly notice: string; readonly filing: string }): string[] | undefined => {
    try {
      const doc = part === 'notice' ? layout.layoutNotice(input(t)) : layout.layoutFiling(input(t));
      return doc.body.map(blockText).filter((s) => s.trim() !== '');
    } catch {
      // A template that does not render: the rebuild fails too, and the integrity check says so.
      return undefined;
    }
  };
  const own = body(templates);
  const standard = body({ notice: defaults.notice, filing: defaults.filing });
  if (!own || !standard) return [];
  const written = new Set(standard.map((s) => normalizeText(s)));
  const reasons = catalogue.deviations.map((d) => normalizeText(d.reason).trim()).filter((r) => r !== '');
  const seen = new Set<string>();
  return own.flatMap((text): Finding[] => {
    const key = normalizeText(text);
    if (written.has(key) || seen.has(key)) return [];
    seen.add(key);
    // A declared deviation's reason, however the county's template words around it, is the declaration the bureau reads.
    const rest = reasons.reduce((t, r) => t.split(r).join('·'), key);
    const phrase = withdrawnPhrase(rest);
    if (phrase === undefined) return [];
    return [
      {
        rule: 'withdrawn-disclosure',
        pointer: '',
        severity: 'error',
        messageId: 'catalogue',
        data: {
          field: part === 'notice' ? 'text of the notice' : 'text of the filing report',
          fieldName: part === 'notice' ? '印发通知正文' : '备案报告正文',
          text,
          phrase,
        },
      },
    ];
  });
}
