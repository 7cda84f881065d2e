/**
 * The permission matrix's cases (every role × every part), shared by the single-server test and the
 * cluster's (the same matrix through a server that does not own the session).
 */
import type { PartyId } from '@parley/shared';
import {
  addRoomDraft,
  appendAgendaItem,
  appendParagraph,
  buildClauseVersionRecord,
  CloseCodes,
  clauseRecord,
  clauseVersionRecord,
  fragmentPlainText,
  INSERTION_MARK,
  plenaryRoots,
  readAgenda,
  readClause,
  readModeration,
  readRoomDraft,
  readRoomDrafts,
  readStatement,
  readTablings,
  readTitle,
  recordTabling,
  roomDrafts,
  roomNotes,
} from '@parley/shared';
import { expect } from 'vitest';
import * as Y from 'yjs';
import { command, createSession, join } from '../helpers/api.ts';
import { RawClient, UpgradeRefused } from '../helpers/rawClient.ts';
import { waitFor } from '../helpers/waitFor.ts';
import type { PreparedSession } from './sessionFixture.ts';
import { forwardLocalUpdates } from './sessionFixture.ts';

export type DocKind = 'plenary' | 'caucusA' | 'caucusB' | 'mediator';

export interface Part {
  readonly doc: DocKind;
  /** Makes the edit on a client's copy (the raw client forwards the resulting update). */
  readonly edit: (doc: Y.Doc, fixture: PreparedSession) => void;
  /** Whether the edit is visible in a copy of the document. */
  readonly landed: (doc: Y.Doc, fixture: PreparedSession) => boolean;
}

const MARK = 'MARK-written-by-the-test';

type ClauseName = 'openClause' | 'lockedClause' | 'bracketedClause' | 'agreedClause';

function clauseBody(doc: Y.Doc, fixture: PreparedSession, which: ClauseName): Y.XmlFragment {
  const id = fixture[which];
  if (id === null) throw new Error(`the fixture has no ${which}`);
  const record = clauseRecord(plenaryRoots(doc), id);
  const clause = record ? readClause(record) : null;
  if (!clause) throw new Error(`no ${which}`);
  return clause.body;
}

/** The Russian version's body of a clause (issue 15): the server created it when Russian was added. */
function russianBody(doc: Y.Doc, fixture: PreparedSession, which: ClauseName): Y.XmlFragment {
  const id = fixture[which];
  if (id === null) throw new Error(`the fixture has no ${which}`);
  const body = clauseVersionRecord(clauseRecord(plenaryRoots(doc), id) ?? new Y.Map(), 'ru')?.get('body');
  if (!(body instanceof Y.XmlFragment)) throw new Error(`no Russian version of ${which}`);
  return body;
}

function versionsOf(doc: Y.Doc, fixture: PreparedSession): Y.Map<unknown> {
  const versions = clauseRecord(plenaryRoots(doc), fixture.openClause)?.get('versions');
  if (!(versions instanceof Y.Map)) throw new Error('no versions');
  return versions;
}

function firstLine(body: Y.XmlFragment): Y.XmlText {
  const paragraph = body.get(0);
  const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
  if (!(text instanceof Y.XmlText)) throw new Error('no text');
  return text;
}

function optionsOf(doc: Y.Doc, fixture: PreparedSession): Y.Array<unknown> {
  const options = clauseRecord(plenaryRoots(doc), fixture.openClause)?.get('options');
  if (!(options instanceof Y.Array)) throw new Error('no options');
  return options;
}

function statement(doc: Y.Doc, fixture: PreparedSession, party: 'partyA' | 'partyB'): Y.XmlFragment | null {
  return readStatement(plenaryRoots(doc), fixture[party] as PartyId, fixture.itemId);
}

const notesPart = (doc: DocKind): Part => ({
  doc,
  edit: (d) => appendParagraph(roomNotes(d), MARK),
  landed: (d) => fragmentPlainText(roomNotes(d)).includes(MARK),
});

export const PARTS = {
  meta: {
    doc: 'plenary',
    edit: (d) => plenaryRoots(d).meta.set('title', MARK),
    landed: (d) => readTitle(plenaryRoots(d)) === MARK,
  },
  agenda: {
    doc: 'plenary',
    edit: (d) => appendAgendaItem(plenaryRoots(d), { title: MARK }),
    landed: (d) => readAgenda(plenaryRoots(d)).some((item) => item.title === MARK),
  },
  statementA: {
    doc: 'plenary',
    edit: (d, f) => appendParagraph(statement(d, f, 'partyA') ?? (null as never), MARK),
    landed: (d, f) => fragmentPlainText(statement(d, f, 'partyA') ?? (null as never)).includes(MARK),
  },
  statementB: {
    doc: 'plenary',
    edit: (d, f) => appendParagraph(statement(d, f, 'partyB') ?? (null as never), MARK),
    landed: (d, f) => fragmentPlainText(statement(d, f, 'partyB') ?? (null as never)).includes(MARK),
  },
  unlockedClauseText: {
    doc: 'plenary',
    edit: (d, f) => appendParagraph(clauseBody(d, f, 'openClause'), MARK),
    landed: (d, f) => fragmentPlainText(clauseBody(d, f, 'openClause')).includes(MARK),
  },
  // A suggested insertion in delegate B's name (issue 14): only delegate B may write it, not even the mediator.
  suggestionInBsName: {
    doc: 'plenary',
    edit: (d, f) =>
      firstLine(clauseBody(d, f, 'openClause')).insert(0, MARK, {
        [INSERTION_MARK]: { id: 'smatrix1', by: f.delegateB.participantId, party: f.partyB, at: 1 },
      }),
    landed: (d, f) => fragmentPlainText(clauseBody(d, f, 'openClause')).includes(MARK),
  },
  lockedClauseText: {
    doc: 'plenary',
    edit: (d, f) => appendParagraph(clauseBody(d, f, 'lockedClause'), MARK),
    landed: (d, f) => fragmentPlainText(clauseBody(d, f, 'lockedClause')).includes(MARK),
  },
  agreedClauseText: {
    doc: 'plenary',
    edit: (d, f) => appendParagraph(clauseBody(d, f, 'agreedClause'), MARK),
    landed: (d, f) => fragmentPlainText(clauseBody(d, f, 'agreedClause')).includes(MARK),
  },
  wordsInABracket: {
    doc: 'plenary',
    // Typed inside "[9,000 troops]": the new words inherit party A's bracket.
    edit: (d, f) => firstLine(clauseBody(d, f, 'bracketedClause')).insert(10, MARK),
    landed: (d, f) => fragmentPlainText(clauseBody(d, f, 'bracketedClause')).includes(MARK),
  },
  clauseFieldRemoval: {
    doc: 'plenary',
    edit: (d, f) => clauseRecord(plenaryRoots(d), f.openClause)?.delete('heading'),
    landed: (d, f) => clauseRecord(plenaryRoots(d), f.openClause)?.has('heading') === false,
  },
  contentKindInText: {
    doc: 'plenary',
    edit: (d, f) => clauseBody(d, f, 'openClause').push([new Y.Map() as never]),
    landed: (d, f) =>
      clauseBody(d, f, 'openClause')
        .toArray()
        .some((node) => (node as unknown) instanceof Y.Map),
  },
  malformedOption: {
    doc: 'plenary',
    edit: (d, f) => optionsOf(d, f).push([MARK]),
    landed: (d, f) => optionsOf(d, f).length > 0,
  },
  // Language versions (issue 15): language services translate, delegates read them in the usual mode.
  russianVersionText: {
    doc: 'plenary',
    edit: (d, f) => appendParagraph(russianBody(d, f, 'openClause'), MARK),
    landed: (d, f) => fragmentPlainText(russianBody(d, f, 'openClause')).includes(MARK),
  },
  agreedClauseRussianVersion: {
    doc: 'plenary',
    edit: (d, f) => appendParagraph(russianBody(d, f, 'agreedClause'), MARK),
    landed: (d, f) => fragmentPlainText(russianBody(d, f, 'agreedClause')).includes(MARK),
  },
  // Version records are the server's to create (a lost race would lose a translator's words).
  versionRecord: {
    doc: 'plenary',
    edit: (d, f) => versionsOf(d, f).set('fr', buildClauseVersionRecord([])),
    landed: (d, f) => versionsOf(d, f).has('fr'),
  },
  clauseStatus: {
    doc: 'plenary',
    edit: (d, f) => clauseRecord(plenaryRoots(d), f.openClause)?.set('status', 'agreed'),
    landed: (d, f) => clauseRecord(plenaryRoots(d), f.openClause)?.get('status') === 'agreed',
  },
  moderationState: {
    doc: 'plenary',
    edit: (d, f) =>
      plenaryRoots(d).moderation.set('floor', { participantId: f.delegateA.participantId, since: 1, limitMs: null }),
    landed: (d) => readModeration(plenaryRoots(d)).floor !== null,
  },
  caucusA: notesPart('caucusA'),
  caucusADraft: {
    doc: 'caucusA',
    edit: (d) => readRoomDraft(roomDrafts(d).get(addRoomDraft(d)))?.heading.insert(0, MARK),
    landed: (d) => readRoomDrafts(d).some((draft) => draft.heading.toString() === MARK),
  },
  // Marking a draft tabled is the server's (draft.table): nobody writes it through sync.
  caucusATabledRecord: {
    doc: 'caucusA',
    edit: (d) => recordTabling(d, 'dforged', { at: 1, as: 'clause', clauseId: 'cforged', byName: MARK }),
    landed: (d) => readTablings(d, 'dforged').length > 0,
  },
  caucusB: notesPart('caucusB'),
  mediatorNotes: notesPart('mediator'),
} satisfies Record<string, Part>;

export type PartName = keyof typeof PARTS;
export type RoleName =
  | 'mediator'
  | 'delegateA'
  | 'delegateB'
  | 'observer'
  | 'languageServices'
  | 'removed'
  | 'noToken'
  | 'forgedToken'
  | 'otherSession';

/** 'write': lands; 4403: refused by the gate; 401/403: refused at the upgrade. */
export type Outcome = 'write' | 4403 | 401 | 403;

const W = 'write' as const;
// DESIGN.md "Who may write what" and "Sync": one row per part, one column per role.
export const EXPECTED: Record<PartName, Record<RoleName, Outcome>> = {
  russianVersionText: {
    mediator: W,
    delegateA: 4403,
    delegateB: 4403,
    observer: 4403,
    languageServices: W,
    removed: 403,
    noToken: 401,
    forgedToken: 401,
    otherSession: 403,
  },
  agreedClauseRussianVersion: {
    mediator: 4403,
    delegateA: 4403,
    delegateB: 4403,
    observer: 4403,
    languageServices: 4403,
    removed: 403,
    noToken: 401,
    forgedToken: 401,
    otherSession: 403,
  },
  versionRecord: {
    mediator: 4403,
    delegateA: 4403,
    delegateB: 4403,
    observer: 4403,
    languageServices: 4403,
    removed: 403,
    noToken: 401,
    forgedToken: 401,
    otherSession: 403,
  },
  suggestionInBsName: {
    mediator: 4403,
    delegateA: 4403,
    delegateB: W,
    observer: 4403,
    languageServices: 4403,
    removed: 403,
    noToken: 401,
    forgedToken: 401,
    otherSession: 403,
  },
  meta: {
    mediator: W,
    delegateA: 4403,
    delegateB: 4403,
    observer: 4403,
    languageServices: 4403,
    removed: 403,
    noToken: 401,
    forgedToken: 401,
    otherSession: 403,
  },
  agenda: {
    mediator: W,
    delegateA: 4403,
    delegateB: 4403,
    observer: 4403,
    languageServices: 4403,
    removed: 403,
    noToken: 401,
    forgedToken: 401,
    otherSession: 403,
  },
  statementA: {
    mediator: W,
    delegateA: W,
    delegateB: 4403,
    observer: 4403,
    languageServices: 4403,
    removed: 403,
    noToken: 401,
    forgedToken: 401,
    otherSession: 403,
  },
  statementB: {
    mediator: W,
    delegateA: 4403,
    delegateB: W,
    observer: 4403,
    languageServices: 4403,
    removed: 403,
    noToken: 401,
    forgedToken: 401,
    otherSession: 403,
  },
  unlockedClauseText: {
    mediator: W,
    delegateA: W,
    delegateB: W,
    observer: 4403,
    languageServices: 4403,
    removed: 403,
    noToken: 401,
    forgedToken: 401,
    otherSession: 403,
  },
  lockedClauseText: {
    mediator: W,
    delegateA: 4403,
    delegateB: 4403,
    observer: 4403,
    languageServices: 4403,
    removed: 403,
    noToken: 401,
    forgedToken: 401,
    otherSession: 403,
  },
  agreedClauseText: {
    mediator: 4403,
    delegateA: 4403,
    delegateB: 4403,
    observer: 4403,
    languageServices: 4403,
    removed: 403,
    noToken: 401,
    forgedToken: 401,
    otherSession: 403,
  },
  wordsInABracket: {
    mediator: W,
    delegateA: W,
    delegateB: 4403,
    observer: 4403,
    languageServices: 4403,
    removed: 403,
    noToken: 401,
    forgedToken: 401,
    otherSession: 403,
  },
  clauseFieldRemoval: {
    mediator: 4403,
    delegateA: 4403,
    delegateB: 4403,
    observer: 4403,
    languageServices: 4403,
    removed: 403,
    noToken: 401,
    forgedToken: 401,
    otherSession: 403,
  },
  contentKindInText: {
    mediator: 4403,
    delegateA: 4403,
    delegateB: 4403,
    observer: 4403,
    languageServices: 4403,
    removed: 403,
    noToken: 401,
    forgedToken: 401,
    otherSession: 403,
  },
  malformedOption: {
    mediator: 4403,
    delegateA: 4403,
    delegateB: 4403,
    observer: 4403,
    languageServices: 4403,
    removed: 403,
    noToken: 401,
    forgedToken: 401,
    otherSession: 403,
  },
  clauseStatus: {
    mediator: 4403,
    delegateA: 4403,
    delegateB: 4403,
    observer: 4403,
    languageServices: 4403,
    removed: 403,
    noToken: 401,
    forgedToken: 401,
    otherSession: 403,
  },
  moderationState: {
    mediator: 4403,
    delegateA: 4403,
    delegateB: 4403,
    observer: 4403,
    languageServices: 4403,
    removed: 403,
    noToken: 401,
    forgedToken: 401,
    otherSession: 403,
  },
  caucusA: {
    mediator: W,
    delegateA: W,
    delegateB: 403,
    observer: 403,
    languageServices: 403,
    removed: 403,
    noToken: 401,
    forgedToken: 401,
    otherSession: 403,
  },
  caucusADraft: {
    mediator: W,
    delegateA: W,
    delegateB: 403,
    observer: 403,
    languageServices: 403,
    removed: 403,
    noToken: 401,
    forgedToken: 401,
    otherSession: 403,
  },
  caucusATabledRecord: {
    mediator: 4403,
    delegateA: 4403,
    delegateB: 403,
    observer: 403,
    languageServices: 403,
    removed: 403,
    noToken: 401,
    forgedToken: 401,
    otherSession: 403,
  },
  caucusB: {
    mediator: W,
    delegateA: 403,
    delegateB: W,
    observer: 403,
    languageServices: 403,
    removed: 403,
    noToken: 401,
    forgedToken: 401,
    otherSession: 403,
  },
  mediatorNotes: {
    mediator: W,
    delegateA: 403,
    delegateB: 403,
    observer: 403,
    languageServices: 403,
    removed: 403,
    noToken: 401,
    forgedToken: 401,
    otherSession: 403,
  },
};

/** The token each role connects with (undefined: none at all). */
export async function tokenOf(role: RoleName, fixture: PreparedSession, baseUrl: string): Promise<string | undefined> {
  switch (role) {
    case 'mediator':
    case 'delegateA':
    case 'delegateB':
    case 'observer':
      return fixture[role].token;
    case 'languageServices':
      // Reads the plenary like an observer; writes the language versions and nothing else (issue 15).
      return (await join(baseUrl, fixture.session, 'languageServices', 'Translator')).token;
    case 'removed': {
      const leaver = await join(baseUrl, fixture.session, { party: 0 }, 'Removed delegate');
      const removed = await command(baseUrl, fixture.session.id, fixture.mediator.token, {
        type: 'participant.remove',
        participantId: leaver.participantId,
      });
      expect(removed.status).toBe(200);
      return leaver.token;
    }
    case 'noToken':
      return undefined;
    case 'forgedToken': {
      // A delegate's token with the role in its claims changed to mediator, keeping the signature.
      const [kind, body = '', mac] = fixture.delegateA.token.split('.');
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString()) as Record<string, unknown>;
      const forged = Buffer.from(JSON.stringify({ ...claims, r: 'mediator', p: undefined })).toString('base64url');
      return `${kind}.${forged}.${mac}`;
    }
    case 'otherSession': {
      const other = await createSession(baseUrl);
      return (await join(baseUrl, other, 'mediator')).token;
    }
  }
}

/**
 * One case of the matrix: `token`'s holder connects at `writerWsUrl` and makes the part's edit;
 * `watcher` (the mediator, connected already) must see it exactly when it is allowed, and a refusal
 * must be the expected HTTP status at the upgrade or a 4403 close with a reason. Answers whether the
 * writer got as far as editing (a refused upgrade leaves nothing to read back).
 */
export async function writeAndCheck(matrixCase: {
  readonly part: Part;
  readonly partName: PartName;
  readonly role: RoleName;
  readonly expected: Outcome;
  readonly fixture: PreparedSession;
  readonly docName: string;
  readonly watcher: RawClient;
  readonly writerWsUrl: string;
  readonly token: string | undefined;
}): Promise<boolean> {
  const { part, partName, role, expected, fixture, watcher } = matrixCase;
  const connected = await RawClient.connect(matrixCase.writerWsUrl, matrixCase.docName, matrixCase.token).catch(
    (error: unknown) => error,
  );
  if (expected === 401 || expected === 403) {
    expect(connected).toBeInstanceOf(UpgradeRefused);
    expect((connected as UpgradeRefused).status).toBe(expected);
    expect(JSON.parse((connected as UpgradeRefused).body).error).toBeTruthy();
    return false;
  }
  if (!(connected instanceof RawClient)) throw connected;
  const writer = connected;
  await writer.sync();
  forwardLocalUpdates(writer);
  part.edit(writer.doc, fixture);
  expect(part.landed(writer.doc, fixture)).toBe(true);
  if (expected === 'write') {
    await waitFor(() => part.landed(watcher.doc, fixture), `${partName} to reach another client`);
    expect(writer.isOpen).toBe(true);
  } else {
    const closed = await writer.closedWithin(5000, `${role} writing ${partName}`);
    expect(closed.code).toBe(CloseCodes.Forbidden.code);
    expect(closed.reason.length).toBeGreaterThan(5);
    // Give a wrongly relayed update time to arrive before asserting it did not.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(part.landed(watcher.doc, fixture)).toBe(false);
  }
  writer.close();
  return true;
}
