/** One home for typesetting Chinese: 避头尾, word boundaries, line breaking and title balancing, for every painter. */
export { NO_END, NO_START } from './punctuation.js';
export { TERMS, wordStarts } from './words.js';
export { breakLines, gridSpacing, type BreakOptions, type Measure } from './linebreak.js';
export { balanceTitle, LANDSCAPE_TITLE_LINE_UNITS, TITLE_LINE_UNITS, titleUnits, type TitleOptions } from './title.js';
