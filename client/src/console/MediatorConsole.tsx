import { useCallback, useMemo } from 'react';
import { useIntl } from 'react-intl';
import { useMessages } from '../i18n/useMessages.ts';
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
import { LanguagesSection } from './languages/LanguagesSection.tsx';
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
  const { text } = useMessages();
  // A string, not `text`: `text` is new on every render and would renew the context each time.
  const unknown = unknownName(text);
  const nameOf = useCallback(
    (participantId: string) => roster.people.get(participantId)?.name ?? people.get(participantId)?.name ?? unknown,
    [roster.people, people, unknown],
  );
  const context = useMemo<ConsoleContextValue>(
    () => ({ roots, parties, presence, roster, nameOf }),
    [roots, parties, presence, roster, nameOf],
  );

  return (
    <ConsoleContext.Provider value={context}>
      <aside className="console mc" aria-labelledby="mc-heading" data-testid="mediator-console">
        <h2 id="mc-heading" className="mc__heading">
          {text('console.heading')}
        </h2>
        <NowStrip />
        <Sections />
      </aside>
    </ConsoleContext.Provider>
  );
}

function Sections() {
  const { roots, presence } = useConsole();
  const { text } = useMessages();
  const intl = useIntl();
  const moderation = useModeration(roots);
  const { settings } = useSessionMeta(roots);
  const waiting = moderation.speakers.length;
  const online = new Set((presence.online ?? []).map((entry) => entry.participantId)).size;
  const clauses = useConsoleClauses(roots);
  const suggestions = pendingCount(clauses);
  const flags = [
    settings.oneText ? text('console.session.flag.oneText') : null,
    settings.editMode === 'suggest' && !settings.oneText ? text('console.session.flag.suggest') : null,
    settings.frozen ? text('console.session.flag.frozen') : null,
  ].filter((flag) => flag !== null);
  const flagList = intl.formatList(flags, { type: 'unit' });
  return (
    <div className="mc__sections">
      <ConsoleSection title={text('console.section.agenda')} testId="console-agenda" defaultOpen>
        <AgendaSection />
      </ConsoleSection>
      <ConsoleSection
        title={text('console.section.floor')}
        testId="console-floor"
        defaultOpen
        badge={
          waiting > 0
            ? text('console.floor.badge.waiting', { count: waiting })
            : moderation.listClosed
              ? text('console.floor.badge.closed')
              : undefined
        }
      >
        <FloorSection />
      </ConsoleSection>
      <ConsoleSection title={text('console.section.clauses')} testId="console-clauses">
        <ClausesSection />
      </ConsoleSection>
      <ConsoleSection
        title={text('console.section.suggestions')}
        testId="console-suggestions-section"
        badge={suggestions > 0 ? String(suggestions) : undefined}
      >
        <SuggestionsSection clauses={clauses} />
      </ConsoleSection>
      <ConsoleSection title={text('console.section.import')} testId="console-import-section">
        <ImportSection />
      </ConsoleSection>
      <ConsoleSection title={text('console.section.session')} testId="console-session" badge={flagList}>
        <SessionSection />
      </ConsoleSection>
      <ConsoleSection title={text('setup.console.section')} testId="console-languages">
        <LanguagesSection />
      </ConsoleSection>
      <ConsoleSection
        title={text('console.section.participants')}
        testId="console-participants"
        badge={text('console.participants.badge.online', { count: online })}
      >
        <ParticipantsSection />
      </ConsoleSection>
      <ConsoleSection title={text('console.section.invites')} testId="console-invites">
        <InvitesSection />
      </ConsoleSection>
      <ConsoleSection
        title={text('console.section.breakouts')}
        testId="console-breakouts"
        badge={
          moderation.breakouts.length > 0
            ? text('console.breakouts.badge.open', { count: moderation.breakouts.length })
            : undefined
        }
      >
        <BreakoutsSection />
      </ConsoleSection>
      <ConsoleSection title={text('console.section.revisions')} testId="console-revisions-section">
        <RevisionsSection />
      </ConsoleSection>
      <ConsoleSection title={text('console.section.record')} testId="console-audit">
        <AuditSection />
      </ConsoleSection>
      <ConsoleSection title={text('console.section.export')} testId="console-export">
        <ExportSection />
      </ConsoleSection>
    </div>
  );
}
