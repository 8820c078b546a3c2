/** What pdfkit 0.20 accepts and @types/pdfkit 0.17.6 lacks: the PDF/A-3 AFRelationship of an embedded file. */
/// <reference types="pdfkit" />

declare namespace PDFKit.Mixins {
  interface PDFAttachmentOptions {
    /** Written as the file specification's /AFRelationship (pdfkit's default: Unspecified). */
    relationship?: 'Source' | 'Data' | 'Alternative' | 'Supplement' | 'EncryptedPayload' | 'FormData' | 'Schema' | 'Unspecified';
  }
}
