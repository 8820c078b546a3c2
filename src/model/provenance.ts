/** Where a baseline row comes from: named in the 新乡 guideline, taken from the national table, or inferred. */

/**
 * The source of a row's elements (公开内容、依据、时限…):
 * - `seed`     — 新乡市's own text: the guideline (seeds/) or, once at hand, the bureau's original table;
 * - `national` — taken from the national 教育部 guideline as reproduced in published tables;
 * - `inferred` — (partly) inferred, to be replaced when the bureau's own table is at hand.
 */
type ProvenanceSource = 'seed' | 'national' | 'inferred';

/** A row's provenance, resolved: the source and an optional note (what was inferred, which text confirms it). */
export interface Provenance {
  readonly source: ProvenanceSource;
  readonly note?: string;
}

/** As written in a source file: the source alone (`provenance: inferred`) or `{source, note}`. */
export type SourceProvenance = ProvenanceSource | Provenance;
