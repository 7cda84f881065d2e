import type { Moderation, Party } from '@parley/shared';
import { parseDocName } from '@parley/shared';
import type { useMessages } from '../../i18n/useMessages.ts';

/** "Plenary", "Caucus with Ruritania", "Mediators’ notes", "Working group: Water": a room, in words. */
export function roomLabel(
  doc: string,
  parties: readonly Party[],
  breakouts: Moderation['breakouts'],
  text: ReturnType<typeof useMessages>['text'],
): string {
  const ref = parseDocName(doc);
  switch (ref?.kind) {
    case 'plenary':
      return text('rooms.plenary');
    case 'mediator':
      return text('rooms.mediatorNotes');
    case 'caucus': {
      const party = parties.find((p) => p.id === ref.partyId);
      return party ? text('rooms.caucusWith', { party: party.name }) : text('rooms.caucusWithUnknown');
    }
    case 'group': {
      const group = breakouts.find((b) => b.id === ref.breakoutId);
      return group ? text('rooms.groupNamed', { label: group.label }) : text('rooms.group');
    }
    default:
      return doc;
  }
}
