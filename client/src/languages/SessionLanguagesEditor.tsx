import { MAX_SESSION_LANGUAGES } from '@parley/shared';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useMessages } from '../i18n/useMessages.ts';
import { languageDisplayName } from '../room/versions/languageDisplayName.ts';
import { LanguageChoice } from './LanguageChoice.tsx';
import type { LanguageDraft, LanguageRow, RowProblem } from './languageDraft.ts';
import { mayAddRow, nextRow, rowProblems, rowTag, tagsOfOtherRows } from './languageDraft.ts';
import './languages.css';

interface SessionLanguagesEditorProps {
  readonly draft: LanguageDraft;
  readonly onChange: (draft: LanguageDraft) => void;
  /**
   * Whether to show every problem, an empty "Other…" field's too (after a save or submit was
   * attempted); otherwise only a typed tag that is not one, or a language listed twice.
   */
  readonly showAllProblems: boolean;
  readonly disabled?: boolean;
}

/**
 * The languages of a session, for the landing page and the mediator's console alike: the language of
 * negotiation, then the other languages, each authentic or a translation for convenience, and
 * whether delegates write every language. The parent holds the draft and sends it.
 */
export function SessionLanguagesEditor({
  draft,
  onChange,
  showAllProblems,
  disabled = false,
}: SessionLanguagesEditorProps) {
  const id = useId();
  const { text, locale } = useMessages();
  const selects = useRef(new Map<number, HTMLSelectElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  const [focusKey, setFocusKey] = useState<number | 'add' | null>(null);
  const problems = useMemo(() => rowProblems(draft.rows), [draft.rows]);

  useEffect(() => {
    if (focusKey === null) return;
    if (focusKey === 'add') addButton.current?.focus();
    else selects.current.get(focusKey)?.focus();
    setFocusKey(null);
  }, [focusKey]);

  const setRows = (rows: readonly LanguageRow[]) => onChange({ ...draft, rows });
  const update = (key: number, change: Partial<LanguageRow>) =>
    setRows(draft.rows.map((row) => (row.key === key ? { ...row, ...change } : row)));

  const add = () => {
    const row = nextRow(draft.rows);
    setRows([...draft.rows, row]);
    setFocusKey(row.key);
  };

  const remove = (index: number) => {
    const rest = draft.rows.filter((_, i) => i !== index);
    setRows(rest);
    // Keep keyboard users in the list: the row that took this one's place, else the add button.
    setFocusKey(rest[index]?.key ?? 'add');
  };

  const nameOf = (row: LanguageRow, index: number) => {
    const tag = rowTag(row);
    return tag === null ? text('setup.languages.rowLabel', { number: index + 1 }) : languageDisplayName(tag, locale);
  };

  return (
    <div className="languages-editor" data-testid="session-languages-editor">
      <ol className="languages-editor__rows">
        {draft.rows.map((row, index) => {
          const problem = problems.get(row.key);
          const shown = problem !== undefined && (showAllProblems || problem.kind !== 'emptyTag') ? problem : null;
          const rowId = `${id}-${row.key}`;
          return (
            <li key={row.key} className="languages-editor__row" data-testid="session-language-row">
              <LanguageChoice
                id={rowId}
                row={row}
                label={
                  index === 0
                    ? text('setup.languages.negotiation')
                    : text('setup.languages.rowLabel', { number: index + 1 })
                }
                hintId={index === 0 ? `${id}-negotiation-hint` : undefined}
                problemId={shown === null ? undefined : `${rowId}-problem`}
                taken={tagsOfOtherRows(draft.rows, row.key)}
                disabled={disabled}
                selectRef={(element) => {
                  if (element) selects.current.set(row.key, element);
                  else selects.current.delete(row.key);
                }}
                onChange={(change) => update(row.key, change)}
              />
              {index > 0 && (
                <div className="languages-editor__actions">
                  <label className="languages-editor__authentic">
                    <input
                      type="checkbox"
                      checked={row.authentic}
                      disabled={disabled}
                      aria-label={text('setup.languages.authenticLabel', { language: nameOf(row, index) })}
                      aria-describedby={`${id}-authentic-hint`}
                      data-testid="session-language-authentic"
                      onChange={(event) => update(row.key, { authentic: event.target.checked })}
                    />
                    {text('setup.languages.authentic')}
                  </label>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={disabled}
                    aria-label={text('setup.languages.removeLabel', { language: nameOf(row, index) })}
                    onClick={() => remove(index)}
                  >
                    {text('setup.languages.remove')}
                  </button>
                </div>
              )}
              {shown !== null && (
                <p id={`${rowId}-problem`} className="error languages-editor__problem" role="alert">
                  {describeProblem(shown)}
                </p>
              )}
              {index === 0 && (
                <p id={`${id}-negotiation-hint`} className="hint languages-editor__hint">
                  {text('setup.languages.negotiationHint')}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      {draft.rows.length > 1 && (
        <p id={`${id}-authentic-hint`} className="hint languages-editor__hint">
          {text('setup.languages.authenticHint')}
        </p>
      )}
      <div className="languages-editor__add">
        <button
          ref={addButton}
          type="button"
          className="button button--small"
          onClick={add}
          disabled={disabled || !mayAddRow(draft.rows)}
          aria-describedby={mayAddRow(draft.rows) ? undefined : `${id}-limit`}
        >
          {text('setup.languages.add')}
        </button>
        {!mayAddRow(draft.rows) && (
          <p id={`${id}-limit`} className="hint languages-editor__hint" role="status">
            {text('setup.languages.limit', { max: MAX_SESSION_LANGUAGES })}
          </p>
        )}
      </div>
      <div className="languages-editor__parallel">
        <input
          id={`${id}-parallel`}
          type="checkbox"
          checked={draft.inParallel}
          disabled={disabled}
          aria-describedby={`${id}-parallel-hint`}
          data-testid="session-languages-parallel"
          onChange={(event) => onChange({ ...draft, inParallel: event.target.checked })}
        />
        <div>
          <label htmlFor={`${id}-parallel`}>{text('setup.languages.parallel')}</label>
          <p id={`${id}-parallel-hint`} className="hint languages-editor__hint">
            {text('setup.languages.parallelHint')}
          </p>
        </div>
      </div>
    </div>
  );

  function describeProblem(problem: RowProblem): string {
    switch (problem.kind) {
      case 'emptyTag':
        return text('setup.languages.error.emptyTag');
      case 'notATag':
        return text('setup.languages.error.notATag', { tag: problem.tag });
      case 'duplicate':
        return text('setup.languages.error.duplicate', { language: languageDisplayName(problem.tag, locale) });
    }
  }
}
