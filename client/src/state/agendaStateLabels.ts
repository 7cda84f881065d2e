import type { AgendaItemState } from '@parley/shared';
import { AGENDA_STATE_NAMES } from '@parley/shared';

/** DOMAIN.md's words for the life of an agenda item, from the one place of display names. */
export const AGENDA_STATE_LABELS: Readonly<Record<AgendaItemState, string>> = AGENDA_STATE_NAMES;

export const AGENDA_STATES = Object.keys(AGENDA_STATE_LABELS) as AgendaItemState[];
