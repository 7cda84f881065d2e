import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ChangesAnswer, ChangesSeenAnswer, ClauseAtAnswer, ClauseHistoryAnswer } from '@parley/shared';
import {
  clauseNumbers,
  ID_PATTERN,
  languageOfNegotiation,
  plenaryRoots,
  readClausesInOrder,
  readLanguages,
} from '@parley/shared';
import { Refusal } from '../domain/Refusal.ts';
import { changesSince } from '../history/changesSince.ts';
import { clauseAt, readClauseHistory } from '../history/readClauseHistory.ts';
import type { SessionRecord } from '../storage/SessionStore.ts';
import { sendJson } from './json.ts';
import type { ApiContext } from './sessionRoutes.ts';
import { findSession, requireParticipant } from './sessionRoutes.ts';

const MAX_PAGE = 100;
const DEFAULT_PAGE = 20;

function query(request: IncomingMessage): URLSearchParams {
  return new URL(request.url ?? '/', 'http://localhost').searchParams;
}

/** The plenary's clause numbers in the text's order (what a delegate calls each clause now). */
function currentNumbers(context: ApiContext, sessionId: SessionRecord['id']) {
  return context.documents.readPlenary(sessionId, (doc) => clauseNumbers(readClausesInOrder(plenaryRoots(doc))));
}

/** The language the text is negotiated in, whose words the history's diffs split. */
function negotiatedIn(context: ApiContext, sessionId: SessionRecord['id']): Promise<string> {
  return context.documents.readPlenary(sessionId, (doc) => languageOfNegotiation(readLanguages(plenaryRoots(doc))));
}

/**
 * A clause of the session: in the plenary now, or with a history (a removed clause keeps it). Every
 * participant may read it (the plenary is open to all; a removed participant's token no longer works).
 */
async function knownClause(context: ApiContext, sessionId: SessionRecord['id'], clauseId: string): Promise<string> {
  if (!ID_PATTERN.test(clauseId)) throw new Refusal('invalid', 'clauseId: not a clause id');
  const present = await context.documents.readPlenary(sessionId, (doc) => plenaryRoots(doc).clauses.has(clauseId));
  if (!present && (await context.storage.lastClauseHistory(sessionId, clauseId)) === null) {
    throw new Refusal('notFound', 'no such clause in this session');
  }
  return clauseId;
}

/** `GET /api/sessions/:id/clauses/:clauseId/history?before=&limit=`: newest first, paged by `before`. */
export async function getClauseHistory(
  context: ApiContext,
  request: IncomingMessage,
  response: ServerResponse,
  id: string,
  clauseIdParam: string,
) {
  const session = await findSession(context, id);
  await requireParticipant(context, request, session);
  const params = query(request);
  const before = params.get('before');
  const limit = params.get('limit');
  const beforeMs = before === null ? Number.MAX_SAFE_INTEGER : Number(before);
  if (!Number.isSafeInteger(beforeMs) || beforeMs < 0)
    throw new Refusal('invalid', 'before: must be a time in ms (the `next` of a page)');
  const size = limit === null ? DEFAULT_PAGE : Number(limit);
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE)
    throw new Refusal('invalid', `limit: must be 1 to ${MAX_PAGE}`);
  const clauseId = await knownClause(context, session.id, clauseIdParam);
  await context.documents.settleHistory(session.id);
  const answer: ClauseHistoryAnswer = await readClauseHistory(
    context.storage,
    session,
    clauseId,
    { before: beforeMs, limit: size },
    await negotiatedIn(context, session.id),
  );
  sendJson(response, 200, answer);
}

/** `GET /api/sessions/:id/clauses/:clauseId/history/at?time=<ISO>`: the clause's wording then. */
export async function getClauseAt(
  context: ApiContext,
  request: IncomingMessage,
  response: ServerResponse,
  id: string,
  clauseIdParam: string,
) {
  const session = await findSession(context, id);
  await requireParticipant(context, request, session);
  const time = query(request).get('time');
  const ms = time === null ? Number.NaN : Date.parse(time);
  if (Number.isNaN(ms)) throw new Refusal('invalid', 'time: must be an ISO date and time, e.g. 2026-12-01T15:30:00Z');
  const clauseId = await knownClause(context, session.id, clauseIdParam);
  await context.documents.settleHistory(session.id);
  const answer: ClauseAtAnswer = await clauseAt(context.storage, session, clauseId, ms);
  sendJson(response, 200, answer);
}

/** `GET /api/sessions/:id/changes[?since=<ms>]`: what changed since the caller's last visit. */
export async function getChanges(context: ApiContext, request: IncomingMessage, response: ServerResponse, id: string) {
  const session = await findSession(context, id);
  const you = await requireParticipant(context, request, session);
  const sinceParam = query(request).get('since');
  const since = sinceParam === null ? await context.storage.lastVisit(you.participantId) : Number(sinceParam);
  if (since !== null && (!Number.isSafeInteger(since) || since < 0))
    throw new Refusal('invalid', 'since: must be a time in ms');
  await context.documents.settleHistory(session.id);
  const answer: ChangesAnswer = {
    since,
    clauses:
      since === null
        ? []
        : await changesSince(
            context.storage,
            session,
            since,
            await currentNumbers(context, session.id),
            await negotiatedIn(context, session.id),
          ),
  };
  sendJson(response, 200, answer);
}

/** `POST /api/sessions/:id/changes/seen`: the caller has seen the draft as it is now. */
export async function postChangesSeen(
  context: ApiContext,
  request: IncomingMessage,
  response: ServerResponse,
  id: string,
) {
  const session = await findSession(context, id);
  const you = await requireParticipant(context, request, session);
  const seenAt = Date.now();
  await context.storage.recordVisit(you.participantId, seenAt);
  const answer: ChangesSeenAnswer = { seenAt };
  sendJson(response, 200, answer);
}
