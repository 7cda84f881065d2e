import { useMemo, useState } from 'react';
import { useMessages } from '../../i18n/useMessages.ts';
import type { LanguageDraft } from '../../languages/languageDraft.ts';
import { draftLanguages, draftOf } from '../../languages/languageDraft.ts';
import { SessionLanguagesEditor } from '../../languages/SessionLanguagesEditor.tsx';
import { useLanguageSetup } from '../../languages/useLanguageSetup.ts';
import { useCommand } from '../../state/useCommand.ts';
import { useConsole } from '../ConsoleContext.ts';
import { Refusal } from '../ui/Refusal.tsx';

/**
 * The session's languages: the editor shows what the plenary says, live, until the mediator changes
 * something; Save sends `session.languages`, and the server's refusal (a language holding text, the
 * language of negotiation once text is written) is shown beside it.
 */
export function LanguagesSection() {
  const { roots } = useConsole();
  const { text } = useMessages();
  const live = useLanguageSetup(roots);
  const liveDraft = useMemo(() => draftOf(live.languages, live.inParallel), [live]);
  // null: nothing changed here, so the editor follows the document (another tab's save shows at once).
  const [edited, setEdited] = useState<LanguageDraft | null>(null);
  const [checked, setChecked] = useState(false);
  const [saved, setSaved] = useState(false);
  const command = useCommand();
  const draft = edited ?? liveDraft;

  const change = (next: LanguageDraft) => {
    setEdited(next);
    setSaved(false);
    command.clearError();
  };

  const save = async () => {
    const languages = draftLanguages(draft);
    setChecked(true);
    if (languages === null) return;
    const answer = await command.send({ type: 'session.languages', languages, inParallel: draft.inParallel });
    if (answer === null) return;
    setEdited(null);
    setChecked(false);
    setSaved(true);
  };

  const discard = () => {
    setEdited(null);
    setChecked(false);
    command.clearError();
  };

  const invalid = checked && draftLanguages(draft) === null;
  return (
    <div className="mc-languages">
      <p className="mc-hint">{text('setup.console.hint')}</p>
      <SessionLanguagesEditor draft={draft} onChange={change} showAllProblems={checked} disabled={command.pending} />
      <div className="mc-row">
        <button
          type="button"
          className="mc-button mc-button--primary"
          disabled={edited === null || command.pending}
          onClick={() => void save()}
          data-testid="console-languages-save"
        >
          {command.pending ? text('setup.console.saving') : text('setup.console.save')}
        </button>
        <button type="button" className="mc-button" disabled={edited === null || command.pending} onClick={discard}>
          {text('setup.console.discard')}
        </button>
      </div>
      {invalid && (
        <p className="mc-refusal" role="alert">
          {text('setup.console.invalid')}
        </p>
      )}
      <Refusal error={command.error} testId="console-languages-refusal" />
      <p className="mc-hint" role="status">
        {saved && edited === null ? text('setup.console.saved') : ''}
      </p>
    </div>
  );
}
