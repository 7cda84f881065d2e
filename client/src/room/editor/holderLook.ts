import type { Party } from '@parley/shared';
import { isMediatorHolder, MEDIATOR_AUTHOR_COLOR, MEDIATOR_HOLDER_NAME } from '@parley/shared';
import { partyOf } from '../session/RoomContext.ts';
import type { HolderLook } from './BracketMark.ts';

/** How a holder that is no party of the session is named, in the reader's language (`EditorWords.holderNames`). */
export interface HolderNames {
  readonly mediator: string;
  readonly unknown: string;
}

const ENGLISH_NAMES: HolderNames = { mediator: MEDIATOR_HOLDER_NAME, unknown: 'an unknown party' };

/**
 * What a bracket shows of its holder: the party's name and colour, or, for a bracket the mediator
 * holds (a zero draft's, not yet given to a party), "the mediator" in the neutral grey the
 * authorship view uses for the mediator.
 */
export function holderLook(parties: readonly Party[], holder: string, names: HolderNames = ENGLISH_NAMES): HolderLook {
  if (isMediatorHolder(holder)) return { name: names.mediator, color: MEDIATOR_AUTHOR_COLOR };
  const party = partyOf(parties, holder);
  return party ? { name: party.name, color: party.color } : { name: names.unknown, color: '#555555' };
}
