import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ImportAnswer, ImportPreview, ImportRequest } from '@parley/shared';
import { IMPORT_MAX_BODY_BYTES, importRequestSchema } from '@parley/shared';
import type { VerifiedParticipant } from '../auth/authenticate.ts';
import { Refusal } from '../domain/Refusal.ts';
import { importDraft, writeImportedClauses } from '../import/index.ts';
import { settleStatus } from '../moderation/clauseUpkeep.ts';
import { ensureLanguageVersions } from '../moderation/languageVersions.ts';
import { readJsonBody, sendJson } from './json.ts';
import type { ApiContext } from './sessionRoutes.ts';
import { findSession, requireParticipant } from './sessionRoutes.ts';

/** Mediators only, and the file read the same way for the preview and the import. */
async function readImport(
  request: IncomingMessage,
  actor: VerifiedParticipant,
): Promise<{ body: ImportRequest; preview: ImportPreview }> {
  if (actor.role !== 'mediator') throw new Refusal('forbidden', 'only the mediator may import a zero draft');
  // The file is larger than a command: its own bound (IMPORT_MAX_FILE_BYTES, in base64).
  const body = await readJsonBody(request, importRequestSchema, IMPORT_MAX_BODY_BYTES);
  return { body, preview: await importDraft(body) };
}

/** `POST /api/sessions/:id/import/preview` `{format, data}`: the clauses the file would make; nothing changes. */
export async function postImportPreview(
  context: ApiContext,
  request: IncomingMessage,
  response: ServerResponse,
  id: string,
) {
  const session = await findSession(context, id);
  const { preview } = await readImport(request, await requireParticipant(context, request, session));
  const answer: ImportPreview = preview;
  sendJson(response, 200, answer);
}

/**
 * `POST /api/sessions/:id/import` `{format, data}`: the same clauses, appended after the existing ones
 * in one server transaction (stored, then sent to everyone), and recorded.
 */
export async function postImport(context: ApiContext, request: IncomingMessage, response: ServerResponse, id: string) {
  const session = await findSession(context, id);
  const audit = (actor: VerifiedParticipant, outcome: 'ok' | 'refused', detail: Record<string, unknown>) =>
    context.storage.appendAudit({
      sessionId: session.id,
      at: Date.now(),
      participantId: actor.participantId,
      role: actor.role,
      action: 'clause.import',
      detail,
      outcome,
    });
  const actor = await requireParticipant(context, request, session);
  try {
    const { body, preview } = await readImport(request, actor);
    const { holder, reason, note } = preview.brackets;
    const bracket = { holder, reason, note };
    // In the session's command order (`CommandQueue`): the change and its record go together.
    const clauseIds = await context.commands.run(session.id, async () => {
      const ids = await context.documents.changePlenary(
        session.id,
        (roots) => {
          const added = writeImportedClauses(roots, preview.clauses, bracket);
          // Status follows content: a clause holding a bracket is bracketed from the start.
          for (const clauseId of added) settleStatus(roots, clauseId);
          ensureLanguageVersions(roots, added);
          return added;
        },
        actor.participantId,
      );
      await audit(actor, 'ok', {
        format: body.format,
        title: preview.title,
        clauses: ids.length,
        clauseIds: ids,
        brackets: preview.clauses.reduce((sum, clause) => sum + clause.brackets, 0),
        holder,
      });
      return ids;
    });
    context.log.info('clause.imported', { session: session.id, clauses: clauseIds.length });
    const answer: ImportAnswer = { ok: true, clauseIds };
    sendJson(response, 200, answer);
  } catch (error) {
    if (error instanceof Refusal) await audit(actor, 'refused', { refusal: error.kind, reason: error.message });
    throw error;
  }
}
