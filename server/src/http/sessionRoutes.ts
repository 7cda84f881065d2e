import type { IncomingMessage, ServerResponse } from 'node:http';
import type {
  AuditPage,
  AuthorsAnswer,
  Command,
  CommandAnswer,
  Comparison,
  CreateSessionResponse,
  InvitesAnswer,
  JoinResponse,
  Notices,
  NoticesRead,
  PresenceAnswer,
  Roster,
  SessionId,
  SessionSummary,
  VersionsAnswer,
} from '@parley/shared';
import {
  commandSchema,
  createSessionRequestSchema,
  ID_PATTERN,
  joinRequestSchema,
  languageOfNegotiation,
  markNoticesReadSchema,
  mayRead,
  mayReadRevisions,
  parseDocName,
  partyColor,
  plenaryRoots,
  presenceAnswerSchema,
  ROLE_PLURAL_NAMES,
  readLanguages,
  readLanguagesInParallel,
  readSettings,
} from '@parley/shared';
import * as Y from 'yjs';
import { loadAuditNames } from '../audit/AuditNames.ts';
import { describeAuditEntry } from '../audit/describeAuditEntry.ts';
import type { VerifiedParticipant } from '../auth/authenticate.ts';
import { authenticate } from '../auth/authenticate.ts';
import type { TokenSigner } from '../auth/TokenSigner.ts';
import type { SilenceWatch } from '../closing/SilenceWatch.ts';
import type { ServerConfig } from '../config.ts';
import { Refusal } from '../domain/Refusal.ts';
import type { ExportFormat } from '../export/exportAgreement.ts';
import { EXPORT_FORMATS, exportAgreement } from '../export/exportAgreement.ts';
import type { Logger } from '../log.ts';
import { errorMessage } from '../log.ts';
import type { CommandQueue } from '../moderation/CommandQueue.ts';
import { executeCommand } from '../moderation/executeCommand.ts';
import type { SpeakingTime } from '../moderation/SpeakingTime.ts';
import { workingGroupMembers } from '../moderation/workingGroupMembers.ts';
import { clientAddress } from '../net/clientAddress.ts';
import { unreadNotices } from '../notices/unreadNotices.ts';
import { compareRevisions } from '../revisions/compareRevisions.ts';
import { createSession } from '../sessions/createSession.ts';
import { inviteLink } from '../sessions/inviteLink.ts';
import { joinSession } from '../sessions/joinSession.ts';
import { languageParameter } from '../sessions/languageParameter.ts';
import { readAuthors } from '../sessions/readAuthors.ts';
import { readRoster } from '../sessions/readRoster.ts';
import type { SessionRecord, Storage } from '../storage/Storage.ts';
import type { PlenaryReader } from '../sync/DocumentPolicy.ts';
import { readJsonBody, sendJson } from './json.ts';
import type { RateLimiter } from './RateLimiter.ts';
import type { SessionDocuments } from './SessionDocuments.ts';

export interface ApiContext {
  readonly config: ServerConfig;
  readonly storage: Storage;
  readonly signer: TokenSigner;
  readonly log: Logger;
  readonly createLimiter: RateLimiter;
  readonly joinLimiter: RateLimiter;
  readonly documents: SessionDocuments;
  /** Says in the record when a speaker's time is up. */
  readonly speakingTime: SpeakingTime;
  /** Keeps each session's silence deadline (server time, re-armed when a plenary loads). */
  readonly silence: SilenceWatch;
  /** Runs each session's commands one at a time. */
  readonly commands: CommandQueue;
  /** In a cluster, session leases (a new session's first write is made under its lease). */
  readonly leases?: { claim(sessionId: string): Promise<void>; release(sessionId: string): void } | undefined;
}

/** A loaded plenary as the synchronous reader the read rules take (`workingGroupMembers`). */
function readerOf(doc: Y.Doc): PlenaryReader {
  return { readPlenary: (_sessionId, read) => read(doc) };
}

/** The origin links are built on: the address the creator reached us at. */
function baseUrl(request: IncomingMessage): string {
  const host = request.headers.host ?? 'localhost';
  return `http://${host}`;
}

export function bearerToken(request: IncomingMessage): string | null {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1] ?? null;
}

/** `POST /api/sessions`: creates a session and answers with its invite links (DESIGN.md). */
export async function postSession(context: ApiContext, request: IncomingMessage, response: ServerResponse) {
  const { config } = context;
  if (config.createToken !== undefined) {
    if (bearerToken(request) !== config.createToken)
      throw new Refusal('unauthenticated', 'creating a session needs the create token');
  } else if (!context.createLimiter.take(clientAddress(request))) {
    throw new Refusal('rateLimited', 'too many sessions created from this address; try again in a minute');
  }
  const body = await readJsonBody(request, createSessionRequestSchema, config.maxHttpBodyBytes);
  const created = await createSession(body, context.storage, context.signer, baseUrl(request), context.leases);
  context.log.info('session.created', { session: created.id, parties: created.parties.length });
  const answer: CreateSessionResponse = created;
  sendJson(response, 201, answer);
}

export async function findSession(context: ApiContext, id: string): Promise<SessionRecord> {
  const session = ID_PATTERN.test(id) ? await context.storage.getSession(id as SessionId) : null;
  if (!session) throw new Refusal('notFound', 'no such session');
  return session;
}

export async function requireParticipant(
  context: ApiContext,
  request: IncomingMessage,
  session: SessionRecord,
): Promise<VerifiedParticipant> {
  const auth = await authenticate(bearerToken(request), session.id, context.storage, context.signer);
  if (!auth.ok) throw auth.refusal;
  return auth.participant;
}

/** `POST /api/sessions/:id/join`: an invite and a name become a personal participant token. */
export async function postJoin(context: ApiContext, request: IncomingMessage, response: ServerResponse, id: string) {
  if (!context.joinLimiter.take(clientAddress(request))) {
    throw new Refusal('rateLimited', 'too many joins from this address; try again in a minute');
  }
  const session = await findSession(context, id);
  const body = await readJsonBody(request, joinRequestSchema, context.config.maxHttpBodyBytes);
  const joined = await joinSession(session.id, body, context.storage, context.signer);
  context.log.info('session.joined', { session: session.id, participant: joined.participantId, role: joined.role });
  const answer: JoinResponse = joined;
  sendJson(response, 200, answer);
}

/** `GET /api/sessions/:id`: the session and who the caller is. */
export async function getSession(context: ApiContext, request: IncomingMessage, response: ServerResponse, id: string) {
  const session = await findSession(context, id);
  const you = await requireParticipant(context, request, session);
  const summary: SessionSummary = {
    id: session.id,
    title: session.title,
    parties: session.parties.map((party, index) => ({ ...party, color: partyColor(index) })),
    // The plenary is where languages live (the mediator changes them there, clients read them live).
    languages: [...(await context.documents.readPlenary(session.id, (doc) => readLanguages(plenaryRoots(doc))))],
    languagesInParallel: await context.documents.readPlenary(session.id, (doc) =>
      readLanguagesInParallel(plenaryRoots(doc)),
    ),
    you: {
      participantId: you.participantId,
      role: you.role,
      ...(you.partyId ? { partyId: you.partyId } : {}),
      name: you.name,
    },
  };
  sendJson(response, 200, summary);
}

/** `GET /api/sessions/:id/invites`: the active invite links, for the mediator to copy. */
export async function getInvites(context: ApiContext, request: IncomingMessage, response: ServerResponse, id: string) {
  const session = await findSession(context, id);
  const you = await requireParticipant(context, request, session);
  if (you.role !== 'mediator') throw new Refusal('forbidden', 'only the mediator may see the invites');
  const invites = (await context.storage.listInvites(session.id))
    .filter((invite) => invite.revokedAt === null)
    .map((invite) => ({
      role: invite.role,
      partyId: invite.partyId,
      ...inviteLink(baseUrl(request), invite, context.signer),
    }));
  const answer: InvitesAnswer = { invites };
  sendJson(response, 200, answer);
}

/**
 * `GET /api/sessions/:id/participants`: everyone who ever joined (name, seat, online, muted, removed),
 * for every participant of the session; mediators also see join and removal times.
 */
export async function getParticipants(
  context: ApiContext,
  request: IncomingMessage,
  response: ServerResponse,
  id: string,
) {
  const session = await findSession(context, id);
  const you = await requireParticipant(context, request, session);
  const answer: Roster = { participants: await readRoster(context.storage, context.documents, session, you) };
  sendJson(response, 200, answer);
}

/** `POST /api/sessions/:id/commands`: a server-authoritative action, validated and applied by the server. */
export async function postCommand(context: ApiContext, request: IncomingMessage, response: ServerResponse, id: string) {
  const session = await findSession(context, id);
  const actor = await requireParticipant(context, request, session);
  let command: Command;
  try {
    command = await readJsonBody(request, commandSchema, context.config.maxHttpBodyBytes);
  } catch (error) {
    if (error instanceof Refusal) {
      await context.storage.appendAudit({
        sessionId: session.id,
        at: Date.now(),
        participantId: actor.participantId,
        role: actor.role,
        action: 'command.invalid',
        detail: { refusal: error.kind, reason: error.message },
        outcome: 'refused',
      });
    }
    throw error;
  }
  // One at a time per session (`CommandQueue`): the command's time is taken when its turn comes.
  const result = await context.commands.run(session.id, () =>
    executeCommand(
      {
        storage: context.storage,
        signer: context.signer,
        documents: context.documents,
        baseUrl: baseUrl(request),
        session,
        actor,
        now: Date.now(),
      },
      command,
    ),
  );
  context.log.info('command.applied', { session: session.id, participant: actor.participantId, type: command.type });
  if (command.type.startsWith('floor.')) {
    context.speakingTime.follow(session.id).catch((error: unknown) => {
      context.log.error('floor.follow_failed', { session: session.id, error: errorMessage(error) });
    });
  }
  if (command.type === 'silence.start' || command.type === 'silence.break') void context.silence.follow(session.id);
  const answer: CommandAnswer = result;
  sendJson(response, 200, answer);
}

/**
 * `GET /api/sessions/:id/audit?limit=&before=&after=`: the session's record, newest first (mediators),
 * each entry with its actor by name and a sentence in words. `after=<id>` answers only newer entries
 * (the console polls with it while its record is open).
 */
export async function getAudit(context: ApiContext, request: IncomingMessage, response: ServerResponse, id: string) {
  const session = await findSession(context, id);
  const you = await requireParticipant(context, request, session);
  if (you.role !== 'mediator') throw new Refusal('forbidden', 'only the mediator may read the audit log');
  const query = new URL(request.url ?? '/', 'http://localhost').searchParams;
  const limit = Math.min(Math.max(Number(query.get('limit') ?? 50) || 50, 1), 500);
  const entryId = (name: string) => {
    if (!query.has(name)) return undefined;
    const value = Number(query.get(name));
    if (!Number.isInteger(value) || value < 0) throw new Refusal('invalid', `${name}: must be an entry id`);
    return value;
  };
  const before = entryId('before');
  const after = entryId('after');
  const stored =
    after !== undefined
      ? (await context.storage.listAuditAfter(session.id, after, limit)).reverse()
      : await context.storage.listAudit(session.id, limit, before);
  const names = await loadAuditNames(context.storage, context.documents, session);
  const entries = stored.map((entry) => ({ ...entry, ...describeAuditEntry(entry, names) }));
  const last = stored[stored.length - 1];
  const [newest] = await context.storage.listAudit(session.id, 1);
  const answer: AuditPage = {
    entries,
    next: after === undefined && stored.length === limit && last ? last.id : null,
    latest: newest?.id ?? null,
  };
  sendJson(response, 200, answer);
}

/**
 * `GET /api/sessions/:id/notices`: the caller's unread notices (record entries that concern them, in
 * words), oldest first, and their read cursor.
 */
export async function getNotices(context: ApiContext, request: IncomingMessage, response: ServerResponse, id: string) {
  const session = await findSession(context, id);
  const you = await requireParticipant(context, request, session);
  const reader = await context.storage.getParticipant(you.participantId);
  if (!reader) throw new Refusal('forbidden', 'you are not a participant of this session');
  const languages = await context.documents.readPlenary(session.id, (doc) => readLanguages(plenaryRoots(doc)));
  const answer: Notices = await unreadNotices(
    context.storage,
    reader,
    () => loadAuditNames(context.storage, context.documents, session),
    languageOfNegotiation(languages),
    languages.map((language) => language.tag),
  );
  sendJson(response, 200, answer);
}

/** `POST /api/sessions/:id/notices/read` `{upTo}`: the caller has read every notice up to that id. */
export async function postNoticesRead(
  context: ApiContext,
  request: IncomingMessage,
  response: ServerResponse,
  id: string,
) {
  const session = await findSession(context, id);
  const you = await requireParticipant(context, request, session);
  const { upTo } = await readJsonBody(request, markNoticesReadSchema, context.config.maxHttpBodyBytes);
  const answer: NoticesRead = { readUpTo: await context.storage.markNoticesRead(you.participantId, upTo) };
  sendJson(response, 200, answer);
}

/** Observers and language services see the revisions only while the mediator allows it (shared `mayReadRevisions`). */
async function requireRevisionAccess(
  context: ApiContext,
  session: SessionRecord,
  you: VerifiedParticipant,
): Promise<void> {
  const settings = await context.documents.readPlenary(session.id, (doc) => readSettings(plenaryRoots(doc)));
  if (!mayReadRevisions(you.role, settings)) {
    throw new Refusal(
      'forbidden',
      `${ROLE_PLURAL_NAMES[you.role]} may see the revisions only when the mediator allows it`,
    );
  }
}

/** `GET /api/sessions/:id/versions`: the saved revisions, oldest first. */
export async function getVersions(context: ApiContext, request: IncomingMessage, response: ServerResponse, id: string) {
  const session = await findSession(context, id);
  await requireRevisionAccess(context, session, await requireParticipant(context, request, session));
  const answer: VersionsAnswer = { versions: await context.storage.listVersions(session.id) };
  sendJson(response, 200, answer);
}

/**
 * `GET /api/sessions/:id/versions/compare?from=<id>&to=<id|current>[&language=<tag>]`: clause-by-clause
 * word diff in one of the session's languages (the language of negotiation by default).
 */
export async function getComparison(
  context: ApiContext,
  request: IncomingMessage,
  response: ServerResponse,
  id: string,
) {
  const session = await findSession(context, id);
  await requireRevisionAccess(context, session, await requireParticipant(context, request, session));
  const query = new URL(request.url ?? '/', 'http://localhost').searchParams;
  const load = async (which: string, versionId: string | null) => {
    if (versionId === null) throw new Refusal('invalid', `${which}: a version id (or "current") is required`);
    if (versionId === 'current') {
      return {
        label: 'current text',
        state: await context.documents.readPlenary(session.id, (doc) => Y.encodeStateAsUpdate(doc)),
      };
    }
    const found = await context.storage.loadVersion(session.id, versionId);
    if (!found) throw new Refusal('notFound', `${which}: no such version`);
    return { label: found.version.label, state: found.state };
  };
  const languages = await context.documents.readPlenary(session.id, (doc) => readLanguages(plenaryRoots(doc)));
  const [language = languageOfNegotiation(languages)] = languageParameter(query.get('language'), languages, 1);
  const from = await load('from', query.get('from'));
  const to = await load('to', query.get('to') ?? 'current');
  const answer: Comparison = {
    from: from.label,
    to: to.label,
    language,
    clauses: compareRevisions(from.state, to.state, language),
  };
  sendJson(response, 200, answer);
}

/**
 * `GET /api/sessions/:id/presence`: who is online in which room. Each caller sees only the rooms they
 * may open themselves, so a caucus's attendance stays private to its party and the mediators.
 */
export async function getPresence(context: ApiContext, request: IncomingMessage, response: ServerResponse, id: string) {
  const session = await findSession(context, id);
  const you = await requireParticipant(context, request, session);
  const online = await context.documents.readPlenary(session.id, (doc) =>
    context.documents.presence(session.id).filter((entry) => {
      const ref = parseDocName(entry.doc);
      return (
        ref !== null && mayRead(you, ref, (breakoutId) => workingGroupMembers(readerOf(doc), session.id, breakoutId))
      );
    }),
  );
  // The sync layer holds the role as a plain string: the schema checks it on the way out.
  const answer: PresenceAnswer = presenceAnswerSchema.parse({ online });
  sendJson(response, 200, answer);
}

/**
 * `GET /api/sessions/:id/authors?doc=<docName>`: who each Yjs client id of a document belongs to (the
 * plenary when `doc` is absent), for anyone who may read that document. The authorship view colours
 * text with it.
 */
export async function getAuthors(context: ApiContext, request: IncomingMessage, response: ServerResponse, id: string) {
  const session = await findSession(context, id);
  const you = await requireParticipant(context, request, session);
  const query = new URL(request.url ?? '/', 'http://localhost').searchParams;
  const docName = query.get('doc') ?? session.id;
  const ref = parseDocName(docName);
  if (ref === null || ref.sessionId !== session.id) {
    throw new Refusal('invalid', 'doc: must name a document of this session');
  }
  const mayOpen = await context.documents.readPlenary(session.id, (doc) =>
    mayRead(you, ref, (breakoutId) => workingGroupMembers(readerOf(doc), session.id, breakoutId)),
  );
  if (!mayOpen) {
    throw new Refusal('forbidden', 'you may not read this document');
  }
  const answer: AuthorsAnswer = { authors: await readAuthors(context.storage, session, docName) };
  sendJson(response, 200, answer);
}

/**
 * `GET /api/sessions/:id/export?format=docx|md|html|json|akn[&revision=<id>][&clean=1][&agenda=1][&record=1][&authorship=1][&language=<tag>[,<tag>]]`:
 * the draft agreement as a download, for mediators and delegates (observers when the mediator allows;
 * the record annex for mediators only; `authorship` colours the HTML by author; `language` one of the
 * session's languages, or two side by side in DOCX and HTML).
 */
export async function getExport(context: ApiContext, request: IncomingMessage, response: ServerResponse, id: string) {
  const session = await findSession(context, id);
  const you = await requireParticipant(context, request, session);
  const settings = await context.documents.readPlenary(session.id, (doc) => readSettings(plenaryRoots(doc)));
  if (!mayReadRevisions(you.role, settings)) {
    throw new Refusal('forbidden', `${ROLE_PLURAL_NAMES[you.role]} may export only when the mediator allows it`);
  }
  const query = new URL(request.url ?? '/', 'http://localhost').searchParams;
  const format = query.get('format') ?? 'docx';
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new Refusal('invalid', `format: must be one of ${EXPORT_FORMATS.join(', ')}`);
  }
  const flag = (name: string) => query.get(name) === '1' || query.get(name) === 'true';
  if (flag('record') && you.role !== 'mediator')
    throw new Refusal('forbidden', 'only the mediator may annex the record');
  const languageQuery = query.get('language');
  const languages =
    languageQuery === null
      ? undefined
      : languageParameter(
          languageQuery,
          await context.documents.readPlenary(session.id, (doc) => readLanguages(plenaryRoots(doc))),
          2,
        );
  const file = await exportAgreement(
    context.storage,
    session,
    () => context.documents.readPlenary(session.id, (doc) => Y.encodeStateAsUpdate(doc)),
    {
      format: format as ExportFormat,
      revision: query.get('revision') ?? undefined,
      clean: flag('clean'),
      includeAgenda: flag('agenda'),
      includeRecord: flag('record'),
      authorship: flag('authorship'),
      ...(languages === undefined ? {} : { languages }),
    },
  );
  response.writeHead(200, {
    'Content-Type': file.contentType,
    'Content-Length': file.body.length,
    'Content-Disposition': `attachment; filename="${file.filename}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
    'Cache-Control': 'no-store',
  });
  response.end(file.body);
}
