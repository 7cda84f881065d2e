import type { ClauseId, VersionAlignmentState } from '@parley/shared';
import { useId } from 'react';
import { useMessages } from '../../i18n/useMessages.ts';
import { useCommand, useMaySend } from '../../state/useCommand.ts';
import { asSentence } from '../../ui/asSentence.ts';
import { useBlockedReason } from '../rights/useBlockedReason.ts';

/**
 * "Align": records that the version says what the original says now (`clause.alignLanguage`), for the
 * mediator and language services. The server refuses with a reason (no words yet, the session
 * frozen), shown beside the button.
 */
export function AlignButton({
  clauseId,
  number,
  language,
  languageName,
  sourceName,
  state,
}: {
  clauseId: ClauseId;
  number: string;
  language: string;
  languageName: string;
  sourceName: string;
  state: VersionAlignmentState;
}) {
  const { text } = useMessages();
  const maySend = useMaySend('clause.alignLanguage');
  const { send, pending, error, clearError } = useCommand();
  // Frozen or muted: the server refuses a translator's alignment (the mediator is never held back).
  const blocked = useBlockedReason('speaking');
  const blockedId = useId();
  if (!maySend) return null;
  return (
    <>
      <button
        type="button"
        className="button button--small"
        disabled={pending || blocked !== null || state === 'aligned'}
        title={blocked ?? undefined}
        aria-describedby={blocked !== null ? blockedId : undefined}
        aria-label={text('versions.align.label', { language: languageName, number, source: sourceName })}
        onClick={() => {
          clearError();
          void send({ type: 'clause.alignLanguage', clauseId, language });
        }}
        data-testid="align-version"
      >
        {text('versions.align.button')}
      </button>
      {blocked !== null && (
        <span className="hint" id={blockedId} data-testid="align-blocked">
          {blocked}
        </span>
      )}
      {error !== null && (
        <p className="error version-column__error" role="alert" data-testid="align-refused">
          {text('versions.align.refused', { reason: asSentence(error) })}
        </p>
      )}
    </>
  );
}
