/**
 * The one size limit of a document, in bytes as written on disk: checked before a file is read,
 * at import, and before a save writes anything (serialize.ts), so whatever is accepted opens again.
 */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
