import type { AgendaItemState } from '@parley/shared';
import type { MessageKey } from '../../i18n/catalogs/english.ts';

const KEYS: Readonly<Record<AgendaItemState, MessageKey>> = {
  pending: 'agenda.state.pending',
  underDiscussion: 'agenda.state.underDiscussion',
  concluded: 'agenda.state.concluded',
  deferred: 'agenda.state.deferred',
};

/** The message naming an agenda item's state (DOMAIN.md's words), for the panel and the console. */
export function agendaStateKey(state: AgendaItemState): MessageKey {
  return KEYS[state];
}
