import { textDirection } from '@parley/shared';
import type { ReactNode } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { directionOf, isLocale } from '../../i18n/locales.ts';
import { useMessages } from '../../i18n/useMessages.ts';
import type { ClauseSummary } from '../clauses/useClauses.ts';
import { languageDisplayName } from './languageDisplayName.ts';
import { useSideBySide } from './SideBySideContext.ts';
import { VersionColumn } from './VersionColumn.tsx';

/**
 * A clause's text alone, or (when the participant chose a second language) the original and that
 * version in two columns, each with its language's `lang` and direction; they stack on a phone.
 */
export function ClauseColumns({
  clause,
  provider,
  connected,
  children,
}: {
  clause: ClauseSummary;
  provider: WebsocketProvider;
  connected: boolean;
  /** The original: the clause's text and options as the card shows them. */
  children: ReactNode;
}) {
  const sideBySide = useSideBySide();
  const { text, locale } = useMessages();
  if (sideBySide === null || sideBySide.language === null) return <>{children}</>;
  const { source, language, languages, verdicts } = sideBySide;
  return (
    <div className="clause-columns" data-testid="clause-columns">
      <div className="clause-columns__column" lang={source} dir={textDirection(source)} data-testid="original-column">
        {/* The title is the interface's words, in the interface's direction (the column is the text's). */}
        <span className="clause-columns__title" lang={locale} dir={isLocale(locale) ? directionOf(locale) : undefined}>
          {text('versions.column.original', { language: languageDisplayName(source, locale) })}
        </span>
        {children}
      </div>
      <VersionColumn
        clause={clause}
        provider={provider}
        connected={connected}
        language={language}
        source={source}
        languages={languages}
        verdict={verdicts.get(clause.id) ?? null}
      />
    </div>
  );
}
