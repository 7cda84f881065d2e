import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { useMessages } from '../i18n/useMessages.ts';
import type { LanguageDraft } from '../languages/languageDraft.ts';
import { rowTag } from '../languages/languageDraft.ts';
import { SessionLanguagesEditor } from '../languages/SessionLanguagesEditor.tsx';
import { languageDisplayName } from '../room/versions/languageDisplayName.ts';

/**
 * "Languages of the text" on the new-session form: one line saying what they are (English alone
 * unless changed) and a button that opens the editor, so the simple case stays one line.
 */
export function SessionLanguagesFieldset({
  draft,
  onChange,
  showAllProblems,
}: {
  draft: LanguageDraft;
  onChange: (draft: LanguageDraft) => void;
  showAllProblems: boolean;
}) {
  const id = useId();
  const { text, locale } = useMessages();
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  const names = draft.rows.flatMap((row) => {
    const tag = rowTag(row);
    return tag === null ? [] : [languageDisplayName(tag, locale)];
  });
  const [first = '', ...others] = names;
  const summary =
    others.length === 0
      ? text('setup.landing.summaryOne', { language: first })
      : text('setup.landing.summaryMany', {
          language: first,
          others: intl.formatList(others, { type: 'conjunction' }),
        });
  return (
    <fieldset className="field-group" data-testid="session-languages">
      <legend>{text('setup.landing.legend')}</legend>
      <div className="languages-summary">
        <p className="hint" data-testid="session-languages-summary">
          {summary}
        </p>
        <button
          type="button"
          className="button button--small"
          aria-expanded={open}
          aria-controls={`${id}-editor`}
          onClick={() => setOpen(!open)}
        >
          {open ? text('setup.landing.close') : text('setup.landing.open')}
        </button>
      </div>
      <div id={`${id}-editor`} hidden={!open}>
        {open && <SessionLanguagesEditor draft={draft} onChange={onChange} showAllProblems={showAllProblems} />}
      </div>
    </fieldset>
  );
}
