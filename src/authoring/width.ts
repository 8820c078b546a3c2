/** Display width in a terminal: the CLI's one definition (src/width.ts), kept under this name for the authoring code. */
export { displayWidth, padEnd } from '../width.js';
