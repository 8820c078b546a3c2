/** node-forge ships no types (and @types/node-forge is not installed): the tests use it untyped. */
declare module 'node-forge';
