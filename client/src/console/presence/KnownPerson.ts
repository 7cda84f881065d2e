import type { Role } from '@parley/shared';
import type { useMessages } from '../../i18n/useMessages.ts';

/** A participant the console has seen (online now or earlier): enough to name them. */
export interface KnownPerson {
  readonly participantId: string;
  readonly name: string;
  readonly role: Role;
  readonly partyId: string | null;
}

/**
 * For someone not yet on the roster the console holds (they joined since its last answer, which is
 * asked for again at once): never their id.
 */
export function unknownName(text: ReturnType<typeof useMessages>['text']): string {
  return text('console.person.unknown');
}
