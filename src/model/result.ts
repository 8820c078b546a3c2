/** What checking one file produces: the pipeline's output, before formatting. */
import type { Catalogue, CatalogueKind } from './catalogue.js';
import type { Diagnostic } from './diagnostic.js';

interface Counts {
  readonly categories: number;
  readonly items: number;
  /** Items that are not in the baseline. */
  readonly added: number;
}

/** The result of checking one catalogue file. */
export interface FileResult {
  /** Path relative to the working directory, with forward slashes. */
  readonly file: string;
  readonly catalogue?: string;
  readonly kind?: CatalogueKind;
  readonly ok: boolean;
  readonly counts?: Counts;
  readonly diagnostics: readonly Diagnostic[];
  /** `verify` only: what the integrity check found (ok, other-version, tampered, missing-source, …). */
  readonly integrity?: string;
  /** `verify` only: the filing's overall status. */
  readonly status?: 'ok' | 'warning' | 'error';
  /** The resolved catalogue, when resolution got that far. */
  readonly resolved?: Catalogue;
}
