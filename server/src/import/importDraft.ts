import type { ImportFormat, ImportPreview, ImportRequest } from '@parley/shared';
import { IMPORT_MAX_FILE_BYTES } from '@parley/shared';
import { Refusal } from '../domain/Refusal.ts';
import type { DraftDocument } from './DraftBlock.ts';
import { draftToClauses } from './draftToClauses.ts';
import { readDocx } from './readDocx.ts';
import { readMarkdown } from './readMarkdown.ts';
import { IMPORTED_BRACKET_NOTE } from './writeImportedClauses.ts';

/** The party imported brackets are given to until reassigned (the session's first), or none. */
export interface BracketHolder {
  readonly partyId: string;
  readonly name: string;
}

async function readFile(format: ImportFormat, file: Buffer): Promise<DraftDocument> {
  switch (format) {
    case 'docx':
      return readDocx(file);
    case 'md':
      return readMarkdown(file.toString('utf8'));
  }
}

/**
 * Reads a zero draft into the clauses it would make; changes nothing. The preview and the import
 * both call it with the same file, so what the mediator saw is what is created.
 */
export async function importDraft(request: ImportRequest, holder: BracketHolder | null): Promise<ImportPreview> {
  const file = Buffer.from(request.data, 'base64');
  if (file.length === 0) throw new Refusal('invalid', 'data: the file is empty');
  if (file.length > IMPORT_MAX_FILE_BYTES) {
    throw new Refusal('tooLarge', `the file is too large (limit ${IMPORT_MAX_FILE_BYTES / 1024 / 1024} MB)`);
  }
  const draft = await readFile(request.format, file);
  const { title, clauses } = draftToClauses(draft.blocks);
  if (clauses.length === 0) throw new Refusal('invalid', 'the file holds no paragraphs to make clauses of');
  if (clauses.length > 500) throw new Refusal('tooLarge', `the file would make ${clauses.length} clauses (limit 500)`);
  const brackets = clauses.reduce((sum, clause) => sum + clause.brackets, 0);
  if (brackets > 0 && holder === null) {
    throw new Refusal('conflict', 'the file holds square brackets, but the session has no party to hold them');
  }
  return {
    title,
    clauses,
    brackets: { holder, reason: 'other', note: IMPORTED_BRACKET_NOTE },
    warnings: [...draft.warnings],
  };
}
