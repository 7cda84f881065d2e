import type { SessionLanguage, Version } from '@parley/shared';
import { useId, useState } from 'react';
import { languageLabel } from '../export/languageLabel.ts';
import { useMessages } from '../i18n/useMessages.ts';
import type { ComparisonRequest } from './ComparisonRequest.ts';
import { CURRENT_TEXT, defaultComparison } from './ComparisonRequest.ts';

/**
 * Picks two texts to compare: any two revisions, or a revision and the current text; and, in a
 * session with several languages, the language to compare (the language of negotiation first).
 */
export function CompareForm({
  versions,
  languages,
  onCompare,
}: {
  versions: readonly Version[];
  languages: readonly SessionLanguage[];
  onCompare: (request: ComparisonRequest) => void;
}) {
  const id = useId();
  const { text, locale } = useMessages();
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [language, setLanguage] = useState<string | null>(null);
  // Until the reader picks, follow the newest revisions as they are saved.
  const offered = defaultComparison(versions);
  const chosenFrom = from ?? offered?.from ?? '';
  const chosenTo = to ?? offered?.to ?? CURRENT_TEXT;
  const chosenLanguage = language !== null && languages.some((entry) => entry.tag === language) ? language : null;

  return (
    <form
      className="rev-compare-form"
      aria-label={text('revisions.compare.form')}
      onSubmit={(event) => {
        event.preventDefault();
        onCompare({ from: chosenFrom, to: chosenTo, language: chosenLanguage });
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-from`}>{text('revisions.compare.from')}</label>
        <select
          id={`${id}-from`}
          className="rev-select"
          value={chosenFrom}
          onChange={(event) => setFrom(event.target.value)}
          data-testid="compare-from"
        >
          {versions.map((version) => (
            <option key={version.id} value={version.id}>
              {version.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>{text('revisions.compare.to')}</label>
        <select
          id={`${id}-to`}
          className="rev-select"
          value={chosenTo}
          onChange={(event) => setTo(event.target.value)}
          data-testid="compare-to"
        >
          {versions.map((version) => (
            <option key={version.id} value={version.id}>
              {version.label}
            </option>
          ))}
          <option value={CURRENT_TEXT}>{text('revisions.compare.current')}</option>
        </select>
      </div>
      {languages.length > 1 && (
        <div className="field">
          <label htmlFor={`${id}-language`}>{text('revisions.compare.language')}</label>
          <select
            id={`${id}-language`}
            className="rev-select"
            value={chosenLanguage ?? languages[0]?.tag ?? ''}
            onChange={(event) => setLanguage(event.target.value)}
            data-testid="compare-language"
          >
            {languages.map(({ tag }) => (
              <option key={tag} value={tag}>
                {languageLabel(tag, locale)}
              </option>
            ))}
          </select>
        </div>
      )}
      <button
        type="submit"
        className="button button--primary"
        disabled={chosenFrom === '' || chosenFrom === chosenTo}
        data-testid="compare"
      >
        {text('revisions.compare.submit')}
      </button>
    </form>
  );
}
