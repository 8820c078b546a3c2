/** The names `--format` accepts, in the order help lists them: one list for the CLI, the app and the library. */
export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'github', 'gitlab', 'junit'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];
