/** The render version: what the renderers paint, versioned apart from the package (recorded in every PDF). */

/**
 * Bump whenever the same catalogue, templates and date give other output bytes (PDF, DOCX or HTML):
 * a layout fix, a new font, another pdfkit. `verify` rebuilds filings with the current version; a filing
 * made by another render version is accepted only when it paints exactly the same. After a bump, run
 * `npm run golden` to record the new output hashes (tests/render/golden/outputs.json).
 */
export const RENDER_VERSION = 5;
