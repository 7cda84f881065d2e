import type { SessionSummary } from '@parley/shared';
import type { LocalUser } from './LocalUser.ts';

/** Mediators and observers have no party colour; dark neutrals keep them apart from every party's. */
const MEDIATOR_COLOR = '#333333';
const OBSERVER_COLOR = '#6b6b6b';

/**
 * What this browser announces in presence: the server writes the verified identity over it, but
 * TipTap's caret reads `user` locally too, so it should already be right.
 */
export function localUserOf(summary: SessionSummary): LocalUser {
  const { you, parties } = summary;
  switch (you.role) {
    case 'mediator':
      return { name: you.name, color: MEDIATOR_COLOR };
    case 'observer':
    case 'languageServices':
      return { name: you.name, color: OBSERVER_COLOR };
    case 'delegate':
      return { name: you.name, color: parties.find((party) => party.id === you.partyId)?.color ?? OBSERVER_COLOR };
  }
}
