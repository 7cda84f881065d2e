import type { SessionLanguage, Verdict } from '@parley/shared';
import { textDirection } from '@parley/shared';
import type { Editor } from '@tiptap/core';
import { useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { useMessages } from '../../i18n/useMessages.ts';
import { useIdentity } from '../../state/IdentityContext.ts';
import type { ClauseSummary } from '../clauses/useClauses.ts';
import { verdictReason } from '../rights/verdictReason.ts';
import { AlignButton } from './AlignButton.tsx';
import { languageDisplayName } from './languageDisplayName.ts';
import { useClauseVersionText } from './useClauseVersionText.ts';
import { useOriginalBrackets } from './useOriginalBrackets.ts';
import { useVersionAlignments } from './useVersionAlignment.ts';
import { VersionAlignmentNote } from './VersionAlignmentNote.tsx';
import { VersionBrackets } from './VersionBrackets.tsx';
import { VersionEditors } from './VersionEditors.tsx';
import { versionPart } from './versionPart.ts';

const NOT_KNOWN: Verdict = { allowed: false, reason: 'this clause is not in the text yet' };

/**
 * One clause in the chosen second language: its heading, text and options as live editors (writable
 * as the write rules say), where the version stands against the original, and "Align" for those who
 * may align it. The text is set in its language's direction (Arabic right to left), the interface
 * around it in the page's.
 */
export function VersionColumn({
  clause,
  provider,
  connected,
  language,
  source,
  languages,
  verdict,
}: {
  clause: ClauseSummary;
  provider: WebsocketProvider;
  connected: boolean;
  language: string;
  source: string;
  languages: readonly SessionLanguage[];
  verdict: Verdict | null;
}) {
  const { you } = useIdentity();
  const { text, locale } = useMessages();
  const fields = useClauseVersionText(clause.record, language, source);
  const alignments = useVersionAlignments(clause.record, languages);
  const version = alignments.find((candidate) => candidate.language === language) ?? null;
  const languageName = languageDisplayName(language, locale);
  const sourceName = languageDisplayName(source, locale);
  const readOnlyReason = verdictReason(versionPart(clause.id, language), verdict ?? NOT_KNOWN, text);
  const editable = connected && readOnlyReason === null;
  const reasonId = `clause-${clause.id}-version-reason`;
  // Those whose work the version is are told why they cannot write it now; the others only read it.
  const writesVersions = you.role === 'mediator' || you.role === 'languageServices';
  const brackets = useOriginalBrackets(clause.record);
  const [focused, setFocused] = useState<Editor | null>(null);
  return (
    <div className="clause-columns__column version-column" data-testid="version-column" data-language={language}>
      <span className="clause-columns__title">
        {text('versions.column.version', { language: languageName })}
        {version !== null && (
          <span className="version-column__kind">
            {' · '}
            {text(version.authentic ? 'versions.column.authentic' : 'versions.column.convenience')}
          </span>
        )}
      </span>
      <div className="version-column__text" lang={language} dir={textDirection(language)} data-testid="version-text">
        {fields !== null && (
          <VersionEditors
            fields={fields}
            sourceHeading={clause.heading}
            clauseId={clause.id}
            number={clause.number}
            languageName={languageName}
            provider={provider}
            editable={editable}
            describedBy={readOnlyReason === null ? undefined : reasonId}
            you={you}
            onFocusEditor={setFocused}
          />
        )}
      </div>
      {fields !== null && editable && writesVersions && brackets.length > 0 && (
        <VersionBrackets brackets={brackets} editor={focused} />
      )}
      {fields === null && <p className="hint">{text('versions.notReady', { language: languageName })}</p>}
      {readOnlyReason !== null && (
        <span
          className={writesVersions ? 'hint version-column__reason' : 'visually-hidden'}
          id={reasonId}
          data-testid="version-readonly"
        >
          {readOnlyReason}
        </span>
      )}
      {version !== null && (
        <div className="version-column__state">
          <VersionAlignmentNote version={version} sourceName={sourceName} sourceTag={source} />
          <AlignButton
            clauseId={clause.id}
            number={clause.number}
            language={language}
            languageName={languageName}
            sourceName={sourceName}
            state={version.state}
          />
        </div>
      )}
    </div>
  );
}
