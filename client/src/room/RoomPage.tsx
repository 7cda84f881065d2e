import type { Participant, ParticipantId, PartyId, SessionId, SessionSummary } from '@parley/shared';
import { docName } from '@parley/shared';
import type { ReactNode } from 'react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { useMayExportDraft } from '../export/useMayExportDraft.ts';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher.tsx';
import { useMessages } from '../i18n/useMessages.ts';
import type { StoredParticipant } from '../participant/StoredParticipant.ts';
import { readStoredParticipant } from '../participant/StoredParticipant.ts';
import { useDiscardRefusedCopy, useLocalCopyReset } from '../state/useLocalCopyReset.ts';
import { Loading } from '../ui/Loading.tsx';
import type { AccessDenial } from './access/AccessDenial.ts';
import { denialFromClose } from './access/AccessDenial.ts';
import { denialWords } from './access/denialWords.ts';
import { useSessionAccess } from './access/useSessionAccess.ts';
import { ChangesSinceVisit } from './history/ChangesSinceVisit.tsx';
import { localUserOf } from './identity/localUserOf.ts';
import { YouBadge } from './identity/YouBadge.tsx';
import { RoomDocument } from './RoomDocument.tsx';
import { isReady } from './sync/ConnectionState.ts';
import { ConnectionStatus } from './sync/ConnectionStatus.tsx';
import { describeRefusal } from './sync/EditNotKept.tsx';
import { useDocConnection } from './sync/useDocConnection.ts';

/**
 * `/s/<sessionId>`: the plenary room, for the participant this browser joined as. The server is asked
 * who that is (and whether they may still come in) before anything connects.
 */
export function RoomPage({ sessionId }: { sessionId: SessionId }) {
  const [participant] = useState(() => readStoredParticipant(sessionId));
  const { text } = useMessages();
  if (participant === null) {
    return (
      <Problem title={text('room.notJoined.title')} testId="not-joined">
        {text('room.notJoined.body')}
      </Problem>
    );
  }
  return <RoomAccess sessionId={sessionId} participant={participant} />;
}

function RoomAccess({ sessionId, participant }: { sessionId: SessionId; participant: StoredParticipant }) {
  const { access, recheck, deny } = useSessionAccess(sessionId, participant.token);
  const { text } = useMessages();
  switch (access.status) {
    case 'checking':
      return (
        <main className="page">
          <Loading label={text('room.opening')} />
        </main>
      );
    case 'unreachable':
      return (
        <Problem title={text('room.unreachable.title')} testId="unreachable">
          {text('room.unreachable.body', { error: access.error })}{' '}
          <button type="button" className="button button--small" onClick={recheck}>
            {text('room.unreachable.retry')}
          </button>
        </Problem>
      );
    case 'denied': {
      const words = denialWords(access.denial, text);
      return (
        <Problem title={words.title} testId="access-denied">
          {words.detail}
        </Problem>
      );
    }
    case 'granted':
      return (
        <Room
          sessionId={sessionId}
          token={participant.token}
          summary={access.summary}
          onConnectionFailed={recheck}
          onDenied={deny}
        />
      );
  }
}

interface RoomProps {
  readonly sessionId: SessionId;
  readonly token: string;
  readonly summary: SessionSummary;
  readonly onConnectionFailed: () => void;
  readonly onDenied: (denial: AccessDenial) => void;
}

/**
 * When the server refuses an edit (4403), the room is mounted afresh (a new `Y.Doc` loaded from the
 * server) and the user is told what was not kept.
 */
function Room(props: RoomProps) {
  const { onDenied } = props;
  const onLoop = useCallback(
    (reason: string) => onDenied({ kind: 'refusedAgain', reason: describeRefusal(reason, new Map()) }),
    [onDenied],
  );
  const reset = useLocalCopyReset(onLoop);

  return (
    <RoomSession
      key={reset.generation}
      {...props}
      onRefused={reset.onRefused}
      notKept={reset.notKept}
      onDismiss={reset.dismiss}
    />
  );
}

interface RoomSessionProps extends RoomProps {
  readonly onRefused: (reason: string) => void;
  readonly notKept: string | null;
  readonly onDismiss: () => void;
}

function RoomSession(props: RoomSessionProps) {
  const { sessionId, token, summary, onConnectionFailed, onDenied, onRefused } = props;
  const you = useMemo(() => participantOf(summary), [summary]);
  const { connection, state } = useDocConnection(docName({ kind: 'plenary', sessionId }), token, you.participantId);
  const user = useMemo(() => localUserOf(summary), [summary]);
  // Open beside the draft on a laptop; in one column (a phone, a tablet) the draft comes first and the
  // console waits behind its button (opened, it goes above the draft: styles.css).
  const [consoleOpen, setConsoleOpen] = useState(() => !window.matchMedia(ONE_COLUMN).matches);
  const consoleToggle = useRef<HTMLButtonElement>(null);
  const closeConsole = useCallback(() => {
    setConsoleOpen(false);
    consoleToggle.current?.focus();
  }, []);
  const mayExport = useMayExportDraft(connection?.doc ?? null, you.role);
  const { text } = useMessages();

  useEffect(() => connection?.setUser(user), [connection, user]);

  useDiscardRefusedCopy(connection, state.refused, onRefused);

  useEffect(() => {
    const denial = state.stopped && denialFromClose(state.stopped.code, state.stopped.reason);
    if (denial) onDenied(denial);
  }, [state.stopped, onDenied]);

  // A refused upgrade looks like any dropped connection (1006): ask the API whether we may still come in.
  // Not while the device is offline: then the page closed the connection itself, and nothing can answer.
  useEffect(() => {
    if (state.closes > 0 && state.stopped === null && state.refused === null && !state.deviceOffline) {
      onConnectionFailed();
    }
  }, [state.closes, state.stopped, state.refused, state.deviceOffline, onConnectionFailed]);

  return (
    <div className="room">
      <nav className="room__bar" aria-label={text('room.bar.label')}>
        <a className="brand" href="/">
          Parley
        </a>
        <ConnectionStatus state={state} />
        <LanguageSwitcher compact />
        {you.role === 'mediator' && (
          <button
            ref={consoleToggle}
            type="button"
            className="button button--small"
            aria-expanded={consoleOpen}
            aria-controls="mediator-console-column"
            onClick={() => setConsoleOpen((open) => !open)}
            data-testid="toggle-console"
          >
            {consoleOpen ? text('room.bar.hideConsole') : text('room.bar.showConsole')}
          </button>
        )}
        <ChangesSinceVisit sessionId={sessionId} token={token} parties={summary.parties} />
        {mayExport && <ExportMenu sessionId={sessionId} token={token} doc={connection?.doc ?? null} />}
        <YouBadge summary={summary} user={user} />
      </nav>
      {connection !== null && isReady(state) ? (
        <RoomDocument
          sessionId={sessionId}
          token={token}
          connection={connection}
          you={you}
          user={user}
          editable={state.stopped === null}
          notKept={props.notKept}
          onDismissNotKept={props.onDismiss}
          consoleOpen={consoleOpen}
          onCloseConsole={closeConsole}
        />
      ) : (
        state.stopped === null && (
          <main className="page">
            <Loading label={state.localLoaded ? text('room.loading') : text('room.loadingLocal')} />
          </main>
        )
      )}
    </div>
  );
}

/** Up to this width the room is one column (styles.css says the same). */
const ONE_COLUMN = '(max-width: 60rem)';

/** The identity the server verified, as the write rules take it. */
function participantOf({ you }: SessionSummary): Participant {
  return {
    participantId: you.participantId as ParticipantId,
    role: you.role,
    name: you.name,
    ...(you.partyId !== undefined ? { partyId: you.partyId as PartyId } : {}),
  };
}

/** A page instead of the room (not joined, unreachable, refused, removed), with what to do about it. */
function Problem({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · Parley`;
  }, [title]);
  return (
    <main className="page stack">
      <header className="page-header">
        <a className="brand" href="/">
          Parley
        </a>
        <LanguageSwitcher />
      </header>
      <section className="card stack" role="alert" data-testid={testId}>
        <h1>{title}</h1>
        <p>{children}</p>
      </section>
    </main>
  );
}
