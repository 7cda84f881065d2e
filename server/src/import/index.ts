export { importDraft } from './importDraft.ts';
export { IMPORTED_BRACKET_NOTE, writeImportedClauses } from './writeImportedClauses.ts';
