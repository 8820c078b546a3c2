/** What the core may ask of the outside world: reading files. The CLI supplies it; tests fake it. */

export type ReadResult =
  | { readonly kind: 'file'; readonly bytes: Uint8Array }
  | { readonly kind: 'directory' }
  | { readonly kind: 'missing' }
  | { readonly kind: 'unreadable'; readonly reason: string };

export interface Host {
  /** The working directory; diagnostics name files relative to it. */
  readonly cwd: string;
  /** Read a file by absolute path. */
  readFile(path: string): ReadResult;
}
