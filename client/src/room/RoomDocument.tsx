import type { ClauseId, ClauseKind, Participant, SessionId } from '@parley/shared';
import { mayReadRevisions } from '@parley/shared';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useMessages } from '../i18n/useMessages.ts';
import { RevisionsViewContext } from '../revisions/RevisionsViewContext.ts';
import { useRoster } from '../roster/useRoster.ts';
import { withRosterNames } from '../roster/withRosterNames.ts';
import type { Identity } from '../state/IdentityContext.ts';
import { IdentityContext } from '../state/IdentityContext.ts';
import { useAgenda } from '../state/useAgenda.ts';
import { useModeration } from '../state/useModeration.ts';
import { useSessionMeta } from '../state/useSessionMeta.ts';
import { Loading } from '../ui/Loading.tsx';
import { usePlenaryRoots } from '../yjs/usePlenaryRoots.ts';
import { AgendaPanel } from './agenda/AgendaPanel.tsx';
import { AuthorshipContext } from './authorship/AuthorshipLens.ts';
import { AuthorshipToggle } from './authorship/AuthorshipToggle.tsx';
import { useAuthorship } from './authorship/useAuthorship.ts';
import { ConsoleColumn } from './ConsoleColumn.tsx';
import { AddClauseButtons } from './clauses/AddClauseButtons.tsx';
import { addClause } from './clauses/addClause.ts';
import { ClauseList } from './clauses/ClauseList.tsx';
import { ClauseToolbarArea } from './clauses/ClauseToolbar.tsx';
import { useClauses } from './clauses/useClauses.ts';
import { ClosingPanel } from './closing/ClosingPanel.tsx';
import { SpeakersPanel } from './floor/SpeakersPanel.tsx';
import type { LocalUser } from './identity/LocalUser.ts';
import { NoticesPanel } from './notices/NoticesPanel.tsx';
import { useNotices } from './notices/useNotices.ts';
import { PresenceList } from './presence/PresenceList.tsx';
import { useParticipantNames } from './presence/useParticipantNames.ts';
import { useWriteRights } from './rights/useWriteRights.ts';
import { availableRooms } from './rooms/availableRooms.ts';
import { OpenRoomTab } from './rooms/OpenRoomTab.tsx';
import { RoomsNav } from './rooms/RoomsNav.tsx';
import type { RoomContextValue } from './session/RoomContext.ts';
import { RoomContext } from './session/RoomContext.ts';
import { SessionHeader } from './session/SessionHeader.tsx';
import { SuggestingContext } from './suggestions/SuggestingContext.ts';
import { useSuggestingState } from './suggestions/useSuggestingState.ts';
import type { DocConnection } from './sync/DocConnection.ts';
import { EditNotKept } from './sync/EditNotKept.tsx';
import { SideBySideArea } from './versions/SideBySideArea.tsx';

// Not needed at first paint: the console (mediators only), the positions board and the other rooms.
const MediatorConsole = lazy(() => import('../console/MediatorConsole.tsx'));
const PositionsBoard = lazy(() => import('./positions/PositionsBoard.tsx'));
const RoomView = lazy(() => import('./rooms/RoomView.tsx'));
const RevisionsView = lazy(() => import('../revisions/RevisionsView.tsx'));

interface RoomDocumentProps {
  readonly sessionId: SessionId;
  readonly token: string;
  readonly connection: DocConnection;
  /** Who the server says we are: the write and read rules are evaluated for this participant. */
  readonly you: Participant;
  readonly user: LocalUser;
  /** False once the server stopped the connection for good: edits could never reach it. */
  readonly editable: boolean;
  /** The server's reason for refusing our last edit, until the user dismisses it. */
  readonly notKept: string | null;
  readonly onDismissNotKept: () => void;
  /** Whether the mediator's console column is shown (mediators only). */
  readonly consoleOpen: boolean;
  /** Escape in the console closes it (the focus goes back to the button that opens it). */
  readonly onCloseConsole: () => void;
}

type PlenaryView = 'draft' | 'positions' | 'revisions';

/**
 * The synced plenary: the agenda, the floor and the rooms on the left; the draft agreement or the
 * positions board (or another room) in the middle; the mediator's console on the right for
 * mediators, a column of the grid (the draft narrows; it is never covered). On a narrower laptop
 * with the console open the left column goes above the draft; on a phone everything is one column
 * (styles.css).
 */
export function RoomDocument(props: RoomDocumentProps) {
  const { sessionId, token, connection, you, user, editable, notKept, onDismissNotKept, consoleOpen, onCloseConsole } =
    props;
  const roots = usePlenaryRoots(connection.doc);
  const meta = useSessionMeta(roots);
  const clauses = useClauses(roots);
  const rights = useWriteRights(roots, you);
  const moderation = useModeration(roots);
  const agenda = useAgenda(roots);
  const roster = useRoster(sessionId, token);
  const notices = useNotices(sessionId, token);
  const seen = useParticipantNames(connection.provider.awareness, you);
  const names = useMemo(() => withRosterNames(roster.people, seen), [roster.people, seen]);
  // Someone online the roster does not know yet (they just joined): ask for it now, not at the next poll.
  const { people: rosterPeople, refresh: refreshRoster } = roster;
  const newcomer = [...seen.keys()].some((participantId) => !rosterPeople.has(participantId));
  useEffect(() => {
    if (newcomer) refreshRoster();
  }, [newcomer, refreshRoster]);
  const clauseNumbers = useMemo(() => new Map(clauses.map((clause) => [clause.id, clause.number])), [clauses]);
  const [focusClauseId, setFocusClauseId] = useState<ClauseId | null>(null);
  const [chosenView, setView] = useState<PlenaryView>('draft');
  // The revisions view closes by itself when the mediator stops observers from seeing them.
  const revisionsAllowed = mayReadRevisions(you.role, meta.settings);
  const view = chosenView === 'revisions' && !revisionsAllowed ? 'draft' : chosenView;
  // …and stays closed if the mediator allows it again later.
  useEffect(() => {
    if (!revisionsAllowed) setView((shown) => (shown === 'revisions' ? 'draft' : shown));
  }, [revisionsAllowed]);
  const draftTab = useRef<HTMLButtonElement>(null);
  const [roomName, setRoomName] = useState<string | null>(null);
  const [showAuthors, setShowAuthors] = useState(false);
  const authorship = useAuthorship(sessionId, token, meta.parties, showAuthors);
  const rooms = useMemo(
    () => availableRooms(you, sessionId, meta.parties, moderation.breakouts),
    [you, sessionId, meta.parties, moderation.breakouts],
  );
  // A room that closed (a working group) or that the rules no longer open disappears with its view.
  const openRoom = roomName === null ? null : (rooms.find((room) => room.name === roomName) ?? null);
  const identity = useMemo<Identity>(() => ({ sessionId, token, you }), [sessionId, token, you]);
  const muted = moderation.mutes.includes(you.participantId);
  const { frozen } = meta.settings;
  const context = useMemo<RoomContextValue>(
    () => ({ user, parties: meta.parties, muted, frozen }),
    [user, meta.parties, muted, frozen],
  );
  const isMediator = you.role === 'mediator';
  const { text } = useMessages();

  useEffect(() => {
    document.title = meta.title ? `${meta.title} · Parley` : 'Parley';
  }, [meta.title]);

  const add = (kind: ClauseKind) => setFocusClauseId(addClause(roots, kind));
  const showPlenary = (next: PlenaryView) => {
    setRoomName(null);
    setView(next);
  };
  const openRevisions = useCallback(() => {
    setRoomName(null);
    setView('revisions');
  }, []);
  const closeRevisions = useCallback(() => {
    setView('draft');
    draftTab.current?.focus();
  }, []);
  const aMediator = text('room.aMediator');
  const nameOf = useCallback(
    (participantId: string) => names.get(participantId)?.name ?? aMediator,
    [names, aMediator],
  );
  const knownName = useCallback((participantId: string) => names.get(participantId)?.name ?? null, [names]);
  const suggesting = useSuggestingState(you, meta.settings, knownName);

  return (
    <IdentityContext.Provider value={identity}>
      <RoomContext.Provider value={context}>
        <div className={`workspace${isMediator && consoleOpen ? ' workspace--console' : ''}`}>
          <aside className="workspace__side" aria-label={text('room.side.label')}>
            <AgendaPanel items={agenda} moderation={moderation} />
            <SpeakersPanel moderation={moderation} names={names} />
            <RoomsNav
              rooms={rooms}
              you={you}
              selected={openRoom?.name ?? null}
              onSelect={(room) => (room === null ? showPlenary('draft') : setRoomName(room.name))}
            />
          </aside>

          <main className="workspace__main" aria-labelledby="session-title">
            <SessionHeader meta={meta} />
            <PresenceList awareness={connection.provider.awareness} parties={meta.parties} />
            {/* Always in the page, even with nothing to say: screen readers only announce changes to a
                live region that already existed, so the first notice would otherwise go unspoken. */}
            <div className="notices-region" aria-live="polite" data-testid="notices-region">
              <NoticesPanel state={notices} />
            </div>
            <ClosingPanel roots={roots} you={you} parties={meta.parties} clauseNumbers={clauseNumbers} />
            {notKept !== null && (
              <EditNotKept reason={notKept} clauseNumbers={clauseNumbers} onDismiss={onDismissNotKept} />
            )}
            <nav className="tabs" aria-label={text('room.views.label')}>
              <button
                type="button"
                className="tabs__tab"
                aria-current={openRoom === null && view === 'draft' ? 'page' : undefined}
                onClick={() => showPlenary('draft')}
                ref={draftTab}
                data-testid="view-draft"
              >
                {text('room.views.draft')}
              </button>
              <button
                type="button"
                className="tabs__tab"
                aria-current={openRoom === null && view === 'positions' ? 'page' : undefined}
                onClick={() => showPlenary('positions')}
                data-testid="view-positions"
              >
                {text('room.views.positions')}
              </button>
              {revisionsAllowed && (
                <button
                  type="button"
                  className="tabs__tab"
                  aria-current={openRoom === null && view === 'revisions' ? 'page' : undefined}
                  onClick={openRevisions}
                  data-testid="view-revisions"
                >
                  {text('room.views.revisions')}
                </button>
              )}
              {openRoom !== null && <OpenRoomTab room={openRoom} />}
              {openRoom === null && view === 'draft' && (
                <AuthorshipToggle
                  on={showAuthors}
                  onToggle={() => setShowAuthors((on) => !on)}
                  parties={meta.parties}
                />
              )}
            </nav>

            {openRoom !== null ? (
              <Suspense fallback={<Loading />}>
                <RoomView
                  key={openRoom.name}
                  room={openRoom}
                  notesVerdict={rights.roomNotes}
                  draftsVerdict={rights.roomDrafts}
                  plenary={roots}
                />
              </Suspense>
            ) : view === 'revisions' ? (
              <Suspense fallback={<Loading />}>
                <RevisionsView onBack={closeRevisions} nameOf={nameOf} />
              </Suspense>
            ) : view === 'positions' ? (
              <section className="stack" aria-labelledby="positions-heading">
                <h2 id="positions-heading" className="visually-hidden">
                  {text('room.views.positions')}
                </h2>
                <Suspense fallback={<Loading />}>
                  <PositionsBoard
                    roots={roots}
                    provider={connection.provider}
                    items={agenda}
                    currentItemId={moderation.currentItemId}
                    rights={rights}
                    connected={editable}
                  />
                </Suspense>
              </section>
            ) : (
              <section className="text stack" aria-labelledby="text-heading">
                <h2 id="text-heading" className="visually-hidden">
                  {text('room.views.draft')}
                </h2>
                {you.role === 'observer' && (
                  <p className="hint" data-testid="observer-hint">
                    {text('room.observerHint')}
                  </p>
                )}
                <AuthorshipContext.Provider value={authorship}>
                  <SuggestingContext.Provider value={suggesting}>
                    <SideBySideArea roots={roots} you={you} sessionId={sessionId}>
                      <ClauseToolbarArea
                        connected={editable}
                        hint={you.role === 'delegate' || isMediator ? text('toolbar.hint') : null}
                      >
                        <ClauseList
                          clauses={clauses}
                          rights={rights}
                          provider={connection.provider}
                          focusClauseId={focusClauseId}
                          connected={editable}
                        />
                      </ClauseToolbarArea>
                    </SideBySideArea>
                  </SuggestingContext.Provider>
                </AuthorshipContext.Provider>
                {rights.clauseSet.allowed && <AddClauseButtons onAdd={add} disabled={!editable} />}
              </section>
            )}
          </main>

          {isMediator && (
            <ConsoleColumn open={consoleOpen} onClose={onCloseConsole}>
              <Suspense fallback={<Loading label={text('room.openingConsole')} />}>
                <RevisionsViewContext.Provider value={openRevisions}>
                  <MediatorConsole doc={connection.doc} roster={roster} />
                </RevisionsViewContext.Provider>
              </Suspense>
            </ConsoleColumn>
          )}
        </div>
      </RoomContext.Provider>
    </IdentityContext.Provider>
  );
}
