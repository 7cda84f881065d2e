import type { ImportFormat, ImportPreview, ImportRequest } from '@parley/shared';
import { IMPORT_MAX_FILE_BYTES, MEDIATOR_HOLDER, MEDIATOR_HOLDER_NAME } from '@parley/shared';
import { Refusal } from '../domain/Refusal.ts';
import type { DraftDocument } from './DraftBlock.ts';
import { draftToClauses } from './draftToClauses.ts';
import { readMarkdown } from './readMarkdown.ts';
import { IMPORTED_BRACKET_NOTE } from './writeImportedClauses.ts';

async function readFile(format: ImportFormat, file: Buffer): Promise<DraftDocument> {
  switch (format) {
    case 'docx': {
      // mammoth is loaded at the first DOCX import, not at start (issue 17: resting memory).
      const { readDocx } = await import('./readDocx.ts');
      return readDocx(file);
    }
    case 'md':
      return readMarkdown(file.toString('utf8'));
  }
}

/**
 * Reads a zero draft into the clauses it would make; changes nothing. The preview and the import
 * both call it with the same file, so what the mediator saw is what is created.
 */
export async function importDraft(request: ImportRequest): Promise<ImportPreview> {
  const file = Buffer.from(request.data, 'base64');
  if (file.length === 0) throw new Refusal('invalid', 'data: the file is empty');
  if (file.length > IMPORT_MAX_FILE_BYTES) {
    throw new Refusal('tooLarge', `the file is too large (limit ${IMPORT_MAX_FILE_BYTES / 1024 / 1024} MB)`);
  }
  const draft = await readFile(request.format, file);
  const { title, clauses } = draftToClauses(draft.blocks);
  if (clauses.length === 0) throw new Refusal('invalid', 'the file holds no paragraphs to make clauses of');
  if (clauses.length > 500) throw new Refusal('tooLarge', `the file would make ${clauses.length} clauses (limit 500)`);
  return {
    title,
    clauses,
    // The mediator holds a zero draft's brackets until giving each to a party (bracket.reassign).
    brackets: {
      holder: MEDIATOR_HOLDER,
      holderName: MEDIATOR_HOLDER_NAME,
      reason: 'other',
      note: IMPORTED_BRACKET_NOTE,
    },
    warnings: [...draft.warnings],
  };
}
