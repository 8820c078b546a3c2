/** Size limits on catalogue sources, in a module of its own so the CLI can use them without loading yaml. */

/** Larger sources are refused unparsed (a finding): the baseline is 28 KB, and yaml needs about a second per MB. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

/** Larger files are not even read (a usage error), so memory stays bounded whatever is named. */
export const MAX_READ_BYTES = 32 * 1024 * 1024;
