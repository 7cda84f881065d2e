import type { Translate } from '../../i18n/Translate.ts';
import type { AccessDenial } from './AccessDenial.ts';

/** A refusal as the page shows it: a heading and a sentence on what to do, in the reader's language. */
export function denialWords(denial: AccessDenial, text: Translate): { title: string; detail: string } {
  const reason = denial.reason.trim().replace(/\.$/, '');
  switch (denial.kind) {
    case 'invalidLink':
      return { title: text('access.invalidLink.title'), detail: text('access.invalidLink.detail', { reason }) };
    case 'noSession':
      return {
        title: text('access.noSession.title'),
        detail: text('access.noSession.detail', { reason: capitalize(reason) }),
      };
    case 'removed':
      return {
        title: text('access.removed.title'),
        detail: reason === '' ? text('access.removed.detail') : text('access.removed.detailWhy', { reason }),
      };
    case 'refusedAgain':
      return { title: text('access.refusedAgain.title'), detail: text('access.refusedAgain.detail', { reason }) };
    case 'refused':
      // The server's reason is the heading: it says best what happened (in English, as it sends it).
      return { title: capitalize(reason), detail: text('access.refused.detail') };
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
