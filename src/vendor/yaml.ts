/**
 * The yaml package, imported through this one module: the build (scripts/bundle-yaml.mjs) replaces
 * lib/vendor/yaml.js with the package bundled into one file, so start-up loads one module instead of resolving
 * and compiling yaml's ~70. Built with tsc alone, this stays a plain re-export and behaves the same.
 */
export { Composer, Document, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, Parser, Scalar, stringify, YAMLMap, YAMLParseError, YAMLSeq } from 'yaml';
export type { CST, Node, YAMLError } from 'yaml';
