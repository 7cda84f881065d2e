import type { AgendaItemState } from '@parley/shared';

/** DOMAIN.md's words for the life of an agenda item. */
export const AGENDA_STATE_LABELS: Readonly<Record<AgendaItemState, string>> = {
  pending: 'Pending',
  underDiscussion: 'Under discussion',
  concluded: 'Concluded',
  deferred: 'Deferred',
};

export const AGENDA_STATES = Object.keys(AGENDA_STATE_LABELS) as AgendaItemState[];
