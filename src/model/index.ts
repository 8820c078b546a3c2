/** The types that flow through the pipeline. */
export * from './catalogue.js';
export * from './provenance.js';
export * from './labels.js';
export * from './diagnostic.js';
export * from './result.js';
export * from './host.js';
export * from './layout.js';
export * from './texts.js';
