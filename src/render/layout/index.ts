/** The pure layout step: resolved catalogue → format-neutral documents for the DOCX, PDF and HTML painters. */
export { layoutNotice } from './notice.js';
export { layoutFiling } from './filing.js';
export { layoutPortal } from './portal.js';
export { layoutTable } from './table.js';
export { findAddedItemIds, layoutInputOf } from './context.js';
export { TemplateError } from './template.js';
