import { versionsAnswerSchema } from '@parley/shared';
import { useId, useState } from 'react';
import { useMessages } from '../../i18n/useMessages.ts';
import { formatSavedAt } from '../../revisions/formatSavedAt.ts';
import { useOpenRevisions } from '../../revisions/RevisionsViewContext.ts';
import { useIdentity } from '../../state/IdentityContext.ts';
import { useCommand } from '../../state/useCommand.ts';
import { useConsole } from '../ConsoleContext.ts';
import { useFetched } from '../state/useFetched.ts';
import { Refusal } from '../ui/Refusal.tsx';

/**
 * Revisions: save the text as Rev.N and see the saved ones; comparing them happens full width in the
 * room's revisions view ("Open revisions"), which everyone allowed shares.
 */
export function RevisionsSection() {
  const { sessionId, token } = useIdentity();
  const { nameOf } = useConsole();
  const versions = useFetched(`/api/sessions/${sessionId}/versions`, versionsAnswerSchema, token);
  const command = useCommand();
  const { text } = useMessages();
  const id = useId();
  const [label, setLabel] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const openRevisions = useOpenRevisions();
  const list = versions.value?.versions ?? [];

  const save = async () => {
    const trimmed = label.trim();
    const answer = await command.send({ type: 'version.save', ...(trimmed !== '' ? { label: trimmed } : {}) });
    if (answer === null) return;
    setLabel('');
    setSaved(answer.label ?? text('console.revisions.theRevision'));
    versions.reload();
  };

  return (
    <div className="mc-stack">
      <form
        className="mc-form"
        aria-label={text('console.revisions.form')}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="mc-field">
          <label htmlFor={`${id}-label`}>{text('console.revisions.label')}</label>
          <span className="mc-row mc-row--tight">
            <input
              id={`${id}-label`}
              value={label}
              onChange={(e) => setLabel(e.target.value)}
              placeholder={`Rev.${list.length + 1}`}
              maxLength={100}
              data-testid="console-revision-label"
            />
            <button
              type="submit"
              className="mc-button mc-button--primary"
              disabled={command.pending}
              data-testid="console-save-revision"
            >
              {text('console.revisions.save')}
            </button>
          </span>
        </div>
        {saved !== null && (
          <p className="mc-hint" role="status" data-testid="console-revision-saved">
            {text('console.revisions.saved', { label: saved })}
          </p>
        )}
        <Refusal error={command.error} />
      </form>

      <Refusal error={versions.error} />
      {list.length === 0 ? (
        <p className="mc-empty">
          {versions.loading ? text('console.revisions.loading') : text('console.revisions.empty')}
        </p>
      ) : (
        <ol
          className="mc-list mc-list--plain mc-versions"
          aria-label={text('console.revisions.list')}
          data-testid="console-revisions"
        >
          {list.map((version) => (
            <li key={version.id} className="mc-version" data-testid="console-revision" data-version-id={version.id}>
              <strong>{version.label}</strong>
              <span className="mc-item__meta">
                {formatSavedAt(version.createdAt)} · {nameOf(version.createdBy)}
              </span>
            </li>
          ))}
        </ol>
      )}

      {openRevisions !== null && (
        <button type="button" className="mc-button" onClick={openRevisions} data-testid="console-open-revisions">
          {text('console.revisions.open')}
        </button>
      )}
    </div>
  );
}
