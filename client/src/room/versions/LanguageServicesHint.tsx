import type { SessionLanguage } from '@parley/shared';
import { useMessages } from '../../i18n/useMessages.ts';
import { languageDisplayName } from './languageDisplayName.ts';

/** What language services do in the room, said once above the draft (as observers are told they observe). */
export function LanguageServicesHint({ languages }: { languages: readonly SessionLanguage[] }) {
  const { text, locale } = useMessages();
  const source = languages[0]?.tag ?? 'en';
  return (
    <p className="hint" data-testid="language-services-hint">
      {languages.length > 1
        ? text('versions.role.hint', { source: languageDisplayName(source, locale) })
        : text('versions.role.oneLanguage')}
    </p>
  );
}
