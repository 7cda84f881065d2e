import type { Moderation, Party } from '@parley/shared';
import { parseDocName } from '@parley/shared';

/** "Plenary", "Caucus with Ruritania", "Mediators’ notes", "Working group: Water": a room, in words. */
export function roomLabel(doc: string, parties: readonly Party[], breakouts: Moderation['breakouts']): string {
  const ref = parseDocName(doc);
  switch (ref?.kind) {
    case 'plenary':
      return 'Plenary';
    case 'mediator':
      return 'Mediators’ notes';
    case 'caucus': {
      const party = parties.find((p) => p.id === ref.partyId);
      return `Caucus with ${party?.name ?? 'a party'}`;
    }
    case 'group': {
      const group = breakouts.find((b) => b.id === ref.breakoutId);
      return `Working group${group ? `: ${group.label}` : ''}`;
    }
    default:
      return doc;
  }
}
