/** ajv's options, one definition for the validators compiled at build time (scripts/compile-schemas.mjs) and at run time. */
export const AJV_OPTIONS = { allErrors: true, verbose: true, strict: true } as const;
