/** What the core may ask of the outside world: reading files. The CLI supplies it; tests fake it. */

import type { ReadResult } from '../io/read.js';

export type { ReadResult };

export interface Host {
  /** The working directory; diagnostics name files relative to it. */
  readonly cwd: string;
  /** Read a file by absolute path. */
  readFile(path: string): ReadResult;
}
