import { useMessages } from '../i18n/useMessages.ts';
import { commonLanguagesInOrder, languageChoiceLabel, UN_LANGUAGES } from './languageChoices.ts';
import type { LanguageRow } from './languageDraft.ts';
import { OTHER_LANGUAGE } from './languageDraft.ts';

interface LanguageChoiceProps {
  readonly id: string;
  readonly row: LanguageRow;
  /** The select's label ("Language of negotiation", "Language 2"). */
  readonly label: string;
  readonly hintId: string | undefined;
  /** The row's problem, once shown: it describes the field it concerns. */
  readonly problemId: string | undefined;
  /** Languages other rows hold: offered but not selectable, each language once. */
  readonly taken: ReadonlySet<string>;
  readonly disabled: boolean;
  readonly selectRef: (element: HTMLSelectElement | null) => void;
  readonly onChange: (change: Partial<LanguageRow>) => void;
}

/** One language: a select of the official UN languages and common ones, or "Other…" with a typed BCP 47 tag. */
export function LanguageChoice({
  id,
  row,
  label,
  hintId,
  problemId,
  taken,
  disabled,
  selectRef,
  onChange,
}: LanguageChoiceProps) {
  const { text, locale } = useMessages();
  const other = row.choice === OTHER_LANGUAGE;
  const option = (tag: string) => (
    <option key={tag} value={tag} disabled={taken.has(tag)}>
      {languageChoiceLabel(tag, locale)}
    </option>
  );
  const describedBy = [hintId, other ? undefined : problemId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="languages-editor__choice">
      <label htmlFor={`${id}-select`}>{label}</label>
      <select
        id={`${id}-select`}
        ref={selectRef}
        value={row.choice}
        disabled={disabled}
        aria-describedby={describedBy}
        aria-invalid={!other && problemId !== undefined ? true : undefined}
        data-testid="session-language-select"
        onChange={(event) => onChange({ choice: event.target.value })}
      >
        <optgroup label={text('setup.languages.group.un')}>{UN_LANGUAGES.map(option)}</optgroup>
        <optgroup label={text('setup.languages.group.common')}>{commonLanguagesInOrder(locale).map(option)}</optgroup>
        <option value={OTHER_LANGUAGE}>{text('setup.languages.other')}</option>
      </select>
      {other && (
        <div className="languages-editor__tag">
          <label htmlFor={`${id}-tag`}>{text('setup.languages.tagLabel', { label })}</label>
          <input
            id={`${id}-tag`}
            value={row.otherTag}
            disabled={disabled}
            maxLength={35}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={problemId !== undefined ? true : undefined}
            aria-describedby={[`${id}-tag-hint`, problemId].filter(Boolean).join(' ')}
            data-testid="session-language-tag"
            onChange={(event) => onChange({ otherTag: event.target.value })}
          />
          <p id={`${id}-tag-hint`} className="hint languages-editor__hint">
            {text('setup.languages.tagHint')}
          </p>
        </div>
      )}
    </div>
  );
}
