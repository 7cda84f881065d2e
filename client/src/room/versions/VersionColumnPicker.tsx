import type { SessionLanguage } from '@parley/shared';
import { useId } from 'react';
import { useMessages } from '../../i18n/useMessages.ts';
import { languageDisplayName } from './languageDisplayName.ts';
import { NO_VERSION_COLUMN } from './versionColumnChoice.ts';

/** "Side by side with [Arabic]": which version each clause shows beside the original, for this participant. */
export function VersionColumnPicker({
  languages,
  language,
  onChoose,
}: {
  languages: readonly SessionLanguage[];
  language: string | null;
  onChoose: (choice: string) => void;
}) {
  const { text, locale } = useMessages();
  const id = useId();
  return (
    <div className="versions-picker">
      <label htmlFor={id}>{text('versions.column.label')}</label>
      <select
        id={id}
        className="versions-picker__select"
        value={language ?? NO_VERSION_COLUMN}
        onChange={(event) => onChoose(event.target.value)}
        data-testid="version-column-select"
      >
        {languages.slice(1).map(({ tag, authentic }) => (
          <option key={tag} value={tag}>
            {languageDisplayName(tag, locale)}
            {authentic ? '' : ` (${text('versions.column.convenience')})`}
          </option>
        ))}
        <option value={NO_VERSION_COLUMN}>{text('versions.column.none')}</option>
      </select>
    </div>
  );
}
