// pdf.js's worker code, imported for its side effects only (src/filing/extract.ts).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
