import type * as Y from 'yjs';
import { useMessages } from '../../i18n/useMessages.ts';
import { useIdentity } from '../../state/IdentityContext.ts';
import { languageDisplayName } from './languageDisplayName.ts';
import { useSideBySide } from './SideBySideContext.ts';
import { useVersionAlignments } from './useVersionAlignment.ts';

const NO_LANGUAGES = [] as const;

/**
 * Why a clause cannot be signed off because of its language versions (an authentic version missing
 * or stale), or null: the server refuses the sign-off with a 409 naming them, the room says so ahead.
 */
export function useVersionsSignOffBlock(record: Y.Map<unknown>): string | null {
  // Only delegates sign off: for the others, nothing to read on each keystroke (about 0.4 ms for a
  // clause of 200 words in three languages).
  const { you } = useIdentity();
  const sessionLanguages = useSideBySide()?.languages ?? NO_LANGUAGES;
  const languages = you.role === 'delegate' ? sessionLanguages : NO_LANGUAGES;
  const { text, locale } = useMessages();
  const blocking = useVersionAlignments(record, languages).filter(
    (version) => version.authentic && version.state !== 'aligned',
  );
  if (blocking.length === 0) return null;
  const names = blocking.map((version) => languageDisplayName(version.language, locale));
  return text('versions.signOff.blocked', {
    languages: new Intl.ListFormat(locale, { type: 'conjunction' }).format(names),
  });
}
