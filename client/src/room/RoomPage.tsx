import type { Participant, ParticipantId, PartyId, SessionId, SessionSummary } from '@parley/shared';
import { docName } from '@parley/shared';
import type { ReactNode } from 'react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { useMayExportDraft } from '../export/useMayExportDraft.ts';
import { useMessages } from '../i18n/useMessages.ts';
import type { StoredParticipant } from '../participant/StoredParticipant.ts';
import { readStoredParticipant } from '../participant/StoredParticipant.ts';
import { useDiscardRefusedCopy, useLocalCopyReset } from '../state/useLocalCopyReset.ts';
import { Loading } from '../ui/Loading.tsx';
import type { AccessDenial } from './access/AccessDenial.ts';
import { denialFromClose } from './access/AccessDenial.ts';
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
  if (participant === null) {
    return (
      <Problem title="Open your invite link" testId="not-joined">
        You have not joined this session in this browser yet. Open the invite link the mediator sent you: it asks for
        your name and brings you here.
      </Problem>
    );
  }
  return <RoomAccess sessionId={sessionId} participant={participant} />;
}

function RoomAccess({ sessionId, participant }: { sessionId: SessionId; participant: StoredParticipant }) {
  const { access, recheck, deny } = useSessionAccess(sessionId, participant.token);
  switch (access.status) {
    case 'checking':
      return (
        <main className="page">
          <Loading label="Opening the session…" />
        </main>
      );
    case 'unreachable':
      return (
        <Problem title="The session could not be opened" testId="unreachable">
          {access.error} This page tries again by itself every few seconds.{' '}
          <button type="button" className="button button--small" onClick={recheck}>
            Try again
          </button>
        </Problem>
      );
    case 'denied':
      return (
        <Problem title={access.denial.title} testId="access-denied">
          {access.denial.detail}
        </Problem>
      );
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
    (reason: string) =>
      onDenied({
        title: 'The server keeps refusing this page',
        detail: `It refused what this page sent again right after reloading the text (${describeRefusal(reason, new Map())}). Reload the page; if this happens again, tell the mediator.`,
      }),
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
            <Loading label={state.localLoaded ? 'Loading the session…' : 'Opening this device’s copy…'} />
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

function Problem({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · Parley`;
  }, [title]);
  return (
    <main className="page stack">
      <p>
        <a className="brand" href="/">
          Parley
        </a>
      </p>
      <section className="card stack" role="alert" data-testid={testId}>
        <h1>{title}</h1>
        <p>{children}</p>
      </section>
    </main>
  );
}
