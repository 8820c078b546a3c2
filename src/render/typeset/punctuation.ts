/** The 避头尾 sets (GB/T 15834 and common 行首/行尾禁则) every line breaker of the documents uses. */

/** Closing punctuation that must not begin a line (行首禁则). */
export const NO_START: ReadonlySet<string> = new Set([...'。，、；：？！）》」』〕】〗〉〛”’…—～·．％‰℃｝］｠､｡.,;:!?)]}%']);
/** Opening punctuation that must not end a line (行尾禁则). */
export const NO_END: ReadonlySet<string> = new Set([...'（《「『〔【〖〈〚“‘([{']);
