import type { ClauseId, PlenaryRoots } from '@parley/shared';
import { mayRead, plenaryRoots, plenaryWriteContext, readLanguages } from '@parley/shared';
import type { Logger } from '../log.ts';
import { errorMessage } from '../log.ts';
import type { NewAuditEntry, SessionStore } from '../storage/SessionStore.ts';
import type { DocumentEvent, DocumentPolicy, PlenaryReader } from '../sync/DocumentPolicy.ts';
import type { UpkeepRecorder } from './clauseUpkeep.ts';
import { afterWordingChange, wordingChangeNeedsUpkeep } from './clauseUpkeep.ts';
import { ensureLanguageVersions, languageVersionsComplete } from './languageVersions.ts';
import { workingGroupMembers } from './workingGroupMembers.ts';

/**
 * A negotiation's rules for its documents: read rights follow the plenary's breakouts, write rights
 * its locks, mutes and freeze (in every room of the session); an edit to a clause's words lapses the
 * sign-offs on it (`afterWordingChange`, the same rule commands use); refused updates and bracket
 * changes go on the record; closing the plenary ends a participant's visit (for "changes since").
 */
export function negotiationPolicy(
  plenaries: PlenaryReader,
  audit: Pick<SessionStore, 'appendAudit' | 'recordVisit'>,
  log: Logger,
): DocumentPolicy {
  // The record is written beside the document, not before it: a failed write is logged, never thrown.
  const write = (what: string, written: Promise<unknown>) =>
    written.catch((error: unknown) => log.error('storage.record_failed', { what, error: errorMessage(error) }));
  return {
    mayOpen: (participant, ref) =>
      mayRead(participant, ref, (breakoutId) => workingGroupMembers(plenaries, ref.sessionId, breakoutId)),
    writeContext: (ref) => plenaries.readPlenary(ref.sessionId, plenaryWriteContext),
    afterClientUpdate: ({ ref, sender, clauseTexts, clauseVersions, clausesAdded, doc, amend }) => {
      if (ref.kind !== 'plenary') return;
      if (clauseTexts.length === 0 && clauseVersions.length === 0 && clausesAdded.length === 0) return;
      const roots = plenaryRoots(doc);
      // A sign-off stands for every authentic text: a change to one lapses it as a change to the original
      // does. The languages are read only for a version's change (a keystroke in the original needs none).
      const authenticVersions = clauseVersions.length === 0 ? [] : authenticOnly(roots, clauseVersions);
      // A clause or an option a client added gets its empty versions from the server, never from two clients racing.
      const needVersions = [...clausesAdded, ...clauseTexts];
      // Most keystrokes leave nothing to do: then no server transaction (an empty one still costs its encoding).
      const upkeep = [...clauseTexts, ...authenticVersions.map(({ clauseId }) => clauseId)].some((id) =>
        wordingChangeNeedsUpkeep(roots, id as ClauseId),
      );
      if (!upkeep && languageVersionsComplete(roots, needVersions)) return;
      const recorder: UpkeepRecorder = {
        sessionId: ref.sessionId,
        appendAudit: (entry) => void write(entry.action, audit.appendAudit(entry)),
        now: Date.now(),
      };
      amend((current) => {
        const live = plenaryRoots(current);
        for (const id of clauseTexts) afterWordingChange(live, id as ClauseId, sender.name, recorder);
        for (const { clauseId, language } of authenticVersions)
          afterWordingChange(live, clauseId as ClauseId, sender.name, recorder, { language });
        ensureLanguageVersions(live, needVersions);
      });
    },
    record: (event) => void write(event.kind, audit.appendAudit(auditEntryOf(event))),
    // "Changes since your last visit" counts from when the participant last had the draft open.
    connectionClosed: (participant, ref) => {
      if (ref.kind === 'plenary') void write('visit', audit.recordVisit(participant.participantId, Date.now()));
    },
  };
}

function auditEntryOf(event: DocumentEvent): NewAuditEntry {
  const { sender } = event;
  const by = { sessionId: event.ref.sessionId, at: Date.now(), participantId: sender.participantId, role: sender.role };
  switch (event.kind) {
    case 'updateRefused':
      return {
        ...by,
        action: 'update.refused',
        detail: { doc: event.docName, reason: event.reason, bytes: event.bytes },
        outcome: 'refused',
      };
    case 'bracketChanged': {
      const { action, ...detail } = event.change;
      return { ...by, action: `bracket.${action}`, detail, outcome: 'ok' };
    }
  }
}

/** The changed language versions whose language is authentic. */
function authenticOnly<Version extends { readonly language: string }>(
  roots: PlenaryRoots,
  versions: readonly Version[],
): Version[] {
  const authentic = new Set(
    readLanguages(roots)
      .filter((language) => language.authentic)
      .map((language) => language.tag),
  );
  return versions.filter(({ language }) => authentic.has(language));
}
