import type { Clause, ClauseId, ClauseStatus, PartyId, PlenaryRoots } from '@parley/shared';
import {
  clauseContentOf,
  clauseRecord,
  clauseSignOffs,
  clauseTextIn,
  clauseWording,
  clauseWordingBracketed,
  isWordingFrozen,
  languageName,
  languageOfNegotiation,
  readClause,
  readLanguageAlignment,
  readLanguages,
  readParties,
  setClauseControl,
  statusFromContent,
} from '@parley/shared';
import type * as Y from 'yjs';
import type { NewAuditEntry } from '../storage/SessionStore.ts';

/** What the upkeep of a clause needs from its caller: where to record, and the time. */
export interface UpkeepRecorder {
  readonly sessionId: NewAuditEntry['sessionId'];
  readonly appendAudit: (entry: NewAuditEntry) => void;
  readonly now: number;
}

/**
 * The one rule for what follows a change to a clause's words, whoever made it (an edit through
 * sync, or a command such as collapsing options): sign-offs given to other words lapse, and the
 * record keeps, per party, the text it signed and the text now, so that a notice can show the diff;
 * then the status follows the content (ClauseLife). Runs inside the caller's transaction.
 */
export function afterWordingChange(
  roots: PlenaryRoots,
  clauseId: ClauseId,
  changedBy: string,
  recorder: UpkeepRecorder,
  /**
   * A language version that changed, when it was one (not the original): the record then names it
   * and keeps that version's words as aligned (what the sign-offs stood for) and as they are now.
   */
  version?: { readonly language: string },
): void {
  const record = clauseRecord(roots, clauseId);
  const clause = record ? readClause(record) : null;
  if (!record || !clause) return;
  if (clause.signoffs.size > 0) {
    const names = new Map(readParties(roots).map((party) => [party.id, party.name]));
    const signed = [...clause.signoffs].map(([partyId, signOff]) => ({
      partyId,
      partyName: names.get(partyId) ?? 'a party no longer in the session',
      adReferendum: signOff.adReferendum,
      text: signOff.text ?? null,
    }));
    clearSignOffs(record);
    const whichText = version ? `the ${languageName(version.language)} text` : 'the text';
    const versionWords = version ? versionWordings(roots, record, version.language) : null;
    recorder.appendAudit({
      sessionId: recorder.sessionId,
      at: recorder.now,
      participantId: null,
      role: 'server',
      action: 'clause.signOffsCleared',
      detail: {
        clauseId,
        parties: signed.map((s) => s.partyId),
        partyNames: signed.map((s) => s.partyName),
        changedBy,
        reason: `${whichText} was changed by ${changedBy}`,
        signed,
        textNow: versionWords?.now ?? clauseWording(clause),
        ...(versionWords ? { language: versionWords.language, textBefore: versionWords.aligned } : {}),
        statusBefore: clause.status,
      },
      outcome: 'ok',
    });
    // Agreement rested on those sign-offs: without them the clause is open again.
    if (isWordingFrozen(clause.status)) {
      setClauseControl(record, 'status', 'proposed');
      settleStatus(roots, clauseId);
      return;
    }
  }
  // Read once per keystroke: the clause as read above still holds (only its sign-offs may have gone).
  settleStatusOf(record, clause);
}

/** A version's words as they were aligned (what the sign-offs stood for) and as they are now. */
function versionWordings(
  roots: PlenaryRoots,
  record: Y.Map<unknown>,
  language: string,
): { language: string; aligned: string; now: string } {
  const text = clauseTextIn(record, language, languageOfNegotiation(readLanguages(roots)));
  return {
    language,
    aligned: readLanguageAlignment(record, language)?.versionWording ?? '',
    now: text ? clauseWordingBracketed(text) : '',
  };
}

/**
 * Whether a change to the clause's words leaves `afterWordingChange` anything to do (sign-offs to
 * lapse, a status to follow the content): most keystrokes leave nothing, and then the server opens
 * no transaction of its own.
 */
export function wordingChangeNeedsUpkeep(roots: PlenaryRoots, clauseId: ClauseId): boolean {
  const record = clauseRecord(roots, clauseId);
  const clause = record ? readClause(record) : null;
  if (!clause) return false;
  return clause.signoffs.size > 0 || statusFromContent(clause.status, clauseContentOf(clause)) !== clause.status;
}

/**
 * Status follows content: a clause with open brackets, or with options to choose from, is
 * bracketed; once they are gone it is proposed again. Returns the status the clause now has.
 */
export function settleStatus(roots: PlenaryRoots, clauseId: ClauseId): string | null {
  const record = clauseRecord(roots, clauseId);
  const clause = record ? readClause(record) : null;
  if (!record || !clause) return null;
  return settleStatusOf(record, clause);
}

function settleStatusOf(record: Y.Map<unknown>, clause: Clause): ClauseStatus {
  const status = statusFromContent(clause.status, clauseContentOf(clause));
  if (status !== clause.status) {
    setClauseControl(record, 'status', status);
    // Old data only (an agreed clause holding a bracket): its sign-offs cannot stand for a bracketed text.
    if (isWordingFrozen(clause.status)) clearSignOffs(record);
  }
  return status;
}

/** Takes every sign-off off a clause (the one way they are cleared); answers whose they were. */
export function clearSignOffs(record: Y.Map<unknown>): PartyId[] {
  const signoffs = clauseSignOffs(record);
  const parties = [...signoffs.keys()] as PartyId[];
  for (const party of parties) signoffs.delete(party);
  return parties;
}
