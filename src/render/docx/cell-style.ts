/**
 * The paragraph style of table cells. A cell holds one paragraph per list entry; an entry broken over several
 * lines (as the PDF breaks it) has `w:br` between its lines, which the importer reads, in this style only, as
 * the same entry going on (src/import/read-docx.ts) — elsewhere a line break separates entries, as people type them.
 */
export const DOCX_CELL_STYLE = 'CatalogueCell';
