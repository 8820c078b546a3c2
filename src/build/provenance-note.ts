/** The one line `build` prints when a catalogue's documents rest on rows the municipal baseline inferred. */
import { textLookup, type Catalogue, type Lang } from '../model/index.js';
import { inferredItems } from '../resolve/provenance.js';

const texts = textLookup({
  inherited: {
    zh: '{file}：本目录有 {n} 个二级事项沿用市级基准目录中推定的内容（非新乡市指引原文），见 README「基准目录的来源」',
    en: '{file}: {n} item(s) keep content the municipal baseline inferred (not in the Xinxiang guideline itself); see README, 基准目录的来源',
  },
  own: {
    zh: '{file}：本目录有 {n} 个二级事项的内容是推定的（非新乡市指引原文，provenance: inferred），见 README「基准目录的来源」',
    en: '{file}: {n} item(s) of this catalogue are inferred (not in the Xinxiang guideline itself, provenance: inferred); see README, 基准目录的来源',
  },
});

/** No line when no row is inferred; the baseline itself is told its own rows are inferred. */
export function inferredRowsNote(file: string, resolved: Catalogue | undefined, lang: Lang): string[] {
  const n = resolved ? inferredItems(resolved.categories).length : 0;
  if (n === 0) return [];
  return [texts(lang, resolved?.baseline ? 'inherited' : 'own', { file, n })];
}
