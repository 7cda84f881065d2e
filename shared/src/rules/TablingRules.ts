import type { Participant } from '../Participant.ts';
import type { SessionSettings } from '../schema/SessionSettings.ts';

/** The breakout room a draft would be tabled from, as far as the right to table depends on it. */
export type TablingSource =
  | { readonly kind: 'caucus'; readonly partyId: string }
  | { readonly kind: 'workingGroup'; readonly label: string; readonly participantIds: readonly string[] };

/**
 * Who may table a room's drafts in the plenary (`draft.table`), used by the server (which decides)
 * and the room (which offers the action): the mediators from any caucus or working group; a
 * delegation from its own caucus; a working group's members once the mediator let working groups
 * table (`workingGroupsMayTable`); observers never. Answers why not, or null when allowed. The
 * plenary's own rules (freeze, One-Text mode, a clause's lock or agreement) come on top.
 */
export function tablingRefusal(
  who: Participant,
  source: TablingSource,
  settings: Pick<SessionSettings, 'workingGroupsMayTable'>,
): string | null {
  if (who.role === 'mediator') return null;
  if (who.role === 'observer') return 'Observers do not table text in the plenary.';
  if (who.role === 'languageServices') return 'Language services do not table text in the plenary.';
  if (source.kind === 'caucus')
    return who.partyId === source.partyId ? null : 'A delegation tables drafts from its own caucus only.';
  if (!source.participantIds.includes(who.participantId))
    return `Only the members of ${source.label} and the mediators may table its drafts.`;
  if (!settings.workingGroupsMayTable)
    return 'The mediator has not let working groups table their drafts: ask the mediator to table it.';
  return null;
}
