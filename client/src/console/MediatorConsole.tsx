import { useCallback, useMemo } from 'react';
import { useIdentity } from '../state/IdentityContext.ts';
import { useModeration } from '../state/useModeration.ts';
import { useSessionMeta } from '../state/useSessionMeta.ts';
import { usePlenaryRoots } from '../yjs/usePlenaryRoots.ts';
import { AgendaSection } from './agenda/AgendaSection.tsx';
import { AuditSection } from './audit/AuditSection.tsx';
import { BreakoutsSection } from './breakouts/BreakoutsSection.tsx';
import type { ConsoleContextValue } from './ConsoleContext.ts';
import { ConsoleContext, useConsole } from './ConsoleContext.ts';
import { ClausesSection } from './clauses/ClausesSection.tsx';
import { useConsoleClauses } from './clauses/useConsoleClauses.ts';
import { ExportSection } from './export/ExportSection.tsx';
import { FloorSection } from './floor/FloorSection.tsx';
import { ImportSection } from './import/ImportSection.tsx';
import { InvitesSection } from './invites/InvitesSection.tsx';
import type { MediatorConsoleProps } from './MediatorConsoleProps.ts';
import { NowStrip } from './NowStrip.tsx';
import { ParticipantsSection } from './participants/ParticipantsSection.tsx';
import { unknownName } from './presence/KnownPerson.ts';
import { usePresencePoll } from './presence/usePresencePoll.ts';
import { RevisionsSection } from './revisions/RevisionsSection.tsx';
import { SessionSection } from './session/SessionSection.tsx';
import { pendingCount, SuggestionsSection } from './suggestions/SuggestionsSection.tsx';
import { ConsoleSection } from './ui/ConsoleSection.tsx';
import './console.css';

/**
 * The mediator's console: agenda, floor, clauses, session settings, participants, invites,
 * breakouts, revisions, the record and the export. It reads the synced plenary and acts only through
 * server commands and the API; every refusal is shown beside the control that asked.
 */
export default function MediatorConsole({ doc, roster }: MediatorConsoleProps) {
  const { sessionId, token, you } = useIdentity();
  const roots = usePlenaryRoots(doc);
  const { parties } = useSessionMeta(roots);
  const presence = usePresencePoll(sessionId, token, you);
  const { people } = presence;
  const nameOf = useCallback(
    (participantId: string) =>
      roster.people.get(participantId)?.name ?? people.get(participantId)?.name ?? unknownName(),
    [roster.people, people],
  );
  const context = useMemo<ConsoleContextValue>(
    () => ({ roots, parties, presence, roster, nameOf }),
    [roots, parties, presence, roster, nameOf],
  );

  return (
    <ConsoleContext.Provider value={context}>
      <aside className="console mc" aria-labelledby="mc-heading" data-testid="mediator-console">
        <h2 id="mc-heading" className="mc__heading">
          Mediator’s console
        </h2>
        <NowStrip />
        <Sections />
      </aside>
    </ConsoleContext.Provider>
  );
}

function Sections() {
  const { roots, presence } = useConsole();
  const moderation = useModeration(roots);
  const { settings } = useSessionMeta(roots);
  const waiting = moderation.speakers.length;
  const online = new Set((presence.online ?? []).map((entry) => entry.participantId)).size;
  const clauses = useConsoleClauses(roots);
  const suggestions = pendingCount(clauses);
  const flags = [
    settings.oneText ? 'One-Text' : null,
    settings.editMode === 'suggest' && !settings.oneText ? 'Delegates suggest' : null,
    settings.frozen ? 'Frozen' : null,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <div className="mc__sections">
      <ConsoleSection title="Agenda" testId="console-agenda" defaultOpen>
        <AgendaSection />
      </ConsoleSection>
      <ConsoleSection
        title="Floor"
        testId="console-floor"
        defaultOpen
        badge={waiting > 0 ? `${waiting} waiting` : moderation.listClosed ? 'list closed' : undefined}
      >
        <FloorSection />
      </ConsoleSection>
      <ConsoleSection title="Clauses" testId="console-clauses">
        <ClausesSection />
      </ConsoleSection>
      <ConsoleSection
        title="Suggestions"
        testId="console-suggestions-section"
        badge={suggestions > 0 ? String(suggestions) : undefined}
      >
        <SuggestionsSection clauses={clauses} />
      </ConsoleSection>
      <ConsoleSection title="Import a zero draft" testId="console-import-section">
        <ImportSection />
      </ConsoleSection>
      <ConsoleSection title="Session" testId="console-session" badge={flags}>
        <SessionSection />
      </ConsoleSection>
      <ConsoleSection title="Participants" testId="console-participants" badge={`${online} online`}>
        <ParticipantsSection />
      </ConsoleSection>
      <ConsoleSection title="Invite links" testId="console-invites">
        <InvitesSection />
      </ConsoleSection>
      <ConsoleSection
        title="Caucuses and working groups"
        testId="console-breakouts"
        badge={moderation.breakouts.length > 0 ? `${moderation.breakouts.length} open` : undefined}
      >
        <BreakoutsSection />
      </ConsoleSection>
      <ConsoleSection title="Revisions" testId="console-revisions-section">
        <RevisionsSection />
      </ConsoleSection>
      <ConsoleSection title="Record" testId="console-audit">
        <AuditSection />
      </ConsoleSection>
      <ConsoleSection title="Export" testId="console-export">
        <ExportSection />
      </ConsoleSection>
    </div>
  );
}
