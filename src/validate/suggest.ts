/** "Did you mean": the nearest candidate, only when it is near enough to be a plausible typo. */
import { closest, distance } from 'fastest-levenshtein';

/**
 * The candidate nearest to `word`, or undefined when even the nearest needs more than a third of the
 * longer string's characters changed (at least 1, at most 2 for short words: `zzzz` is no `schema`).
 */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0 || word === '') return undefined;
  const best = closest(word, [...candidates]);
  const length = Math.max([...word].length, [...best].length);
  const cutoff = Math.max(1, Math.min(Math.floor(length / 3), length <= 6 ? 2 : length));
  return distance(word, best) <= cutoff ? best : undefined;
}
