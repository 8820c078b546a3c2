/** One home for typesetting Chinese: 避头尾, word boundaries, line breaking and title balancing, for every painter. */
export { NO_END, NO_START } from './punctuation.js';
export { TERMS, wordStarts } from './words.js';
export { balanceTitleLines, breakLines, gridSpacing, type BreakOptions, type Measure } from './linebreak.js';
export { TITLE_LINE_UNITS, wrapTitle } from './title.js';
