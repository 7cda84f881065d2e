import type { ClauseStatus } from '@parley/shared';
import type { MessageKey } from '../../i18n/catalogs/english.ts';

const KEYS: Readonly<Record<ClauseStatus, MessageKey>> = {
  placeholder: 'console.clauseStatus.placeholder',
  proposed: 'console.clauseStatus.proposed',
  bracketed: 'console.clauseStatus.bracketed',
  agreedAdReferendum: 'console.clauseStatus.agreedAdReferendum',
  agreed: 'console.clauseStatus.agreed',
  adopted: 'console.clauseStatus.adopted',
  withdrawn: 'console.clauseStatus.withdrawn',
};

/** The message naming a clause's status (the words of DisplayNames, in the interface's language). */
export function clauseStatusKey(status: ClauseStatus): MessageKey {
  return KEYS[status];
}
