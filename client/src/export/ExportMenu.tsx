import type { SessionLanguage } from '@parley/shared';
import { useEffect, useId, useState } from 'react';
import type * as Y from 'yjs';
import { useWhenServerIsBack } from '../api/useWhenServerIsBack.ts';
import type { MessageKey } from '../i18n/catalogs/english.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { useDetailsMenu } from '../ui/useDetailsMenu.ts';
import type { ExportFormat, ExportRefusal } from './downloadExport.ts';
import { downloadExport } from './downloadExport.ts';
import { languageLabel } from './languageLabel.ts';
import { useSessionLanguages } from './useSessionLanguages.ts';
import './exportMenu.css';

const FORMATS: readonly { readonly format: ExportFormat; readonly label: MessageKey }[] = [
  { format: 'docx', label: 'room.export.docx' },
  { format: 'md', label: 'room.export.md' },
  { format: 'html', label: 'room.export.html' },
  { format: 'json', label: 'room.export.json' },
  // The legislative XML standard (OASIS), for delegations whose legal services work in it.
  { format: 'akn', label: 'room.export.akn' },
];

/** The formats that set two languages side by side (the server refuses the others). */
const PARALLEL_FORMATS: readonly ExportFormat[] = ['docx', 'html'];

interface ExportMenuProps {
  readonly sessionId: string;
  readonly token: string;
  /** The plenary, for the session's languages (null until it is open). */
  readonly doc: Y.Doc | null;
}

/**
 * "Download the draft" in the room's top bar: the current text as the server renders it. The room
 * shows it only to those who may download (observers when the mediator allows it; the server refuses
 * the others anyway). It closes like a menu: on Esc, on a click outside, and once a download has
 * started. In a session with several languages it offers the language of the text, and a second one
 * side by side (Word and the print-ready page). The mediator's console has the fuller export
 * (revisions, clean text, annexes).
 */
export function ExportMenu({ sessionId, token, doc }: ExportMenuProps) {
  const menu = useDetailsMenu();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [refusal, setRefusal] = useState<ExportRefusal | null>(null);
  const languages = useSessionLanguages(doc);
  const [language, setLanguage] = useState<string | null>(null);
  const [beside, setBeside] = useState<string>('');
  // A refusal belongs to the choice it answered: a closed menu opens afresh.
  useEffect(() => {
    if (!menu.open) setRefusal(null);
  }, [menu.open]);
  useWhenServerIsBack(refusal?.unreachable === true, () => setRefusal(null));
  const { text } = useMessages();

  // A language the mediator has since removed is no longer offered: back to the language of negotiation.
  const known = (tag: string | null) => tag !== null && languages.some((entry) => entry.tag === tag);
  const first = known(language) ? language : (languages[0]?.tag ?? null);
  const second = known(beside) && beside !== first ? beside : '';
  const chosen = first === null ? [] : second === '' ? [first] : [first, second];

  const download = async (format: ExportFormat) => {
    setBusy(format);
    setRefusal(null);
    const refused = await downloadExport(sessionId, token, {
      format,
      revision: null,
      clean: false,
      agenda: false,
      record: false,
      // The language of negotiation alone is the default: the file is then as it always was.
      ...(chosen.length === 1 && chosen[0] === languages[0]?.tag ? {} : { languages: chosen }),
    });
    setBusy(null);
    setRefusal(refused);
    if (refused === null) menu.close(true);
  };

  return (
    <details className="export-menu" data-testid="export-menu" ref={menu.ref} onToggle={menu.onToggle}>
      <summary className="button button--small">{text('room.export.summary')}</summary>
      <div className="export-menu__panel">
        {languages.length > 1 && first !== null && (
          <LanguageChoice
            languages={languages}
            first={first}
            second={second}
            onFirst={setLanguage}
            onSecond={setBeside}
          />
        )}
        {FORMATS.map(({ format, label }) => (
          <button
            key={format}
            type="button"
            className="button button--small"
            disabled={busy !== null || (second !== '' && !PARALLEL_FORMATS.includes(format))}
            onClick={() => void download(format)}
            data-testid={`export-${format}`}
          >
            {busy === format ? text('room.export.preparing') : text(label)}
          </button>
        ))}
        {refusal !== null && (
          <p className="export-menu__error" role="alert" data-testid="export-menu-error">
            {refusal.error}
          </p>
        )}
      </div>
    </details>
  );
}

interface LanguageChoiceProps {
  readonly languages: readonly SessionLanguage[];
  readonly first: string;
  readonly second: string;
  readonly onFirst: (tag: string) => void;
  readonly onSecond: (tag: string) => void;
}

/** The language of the text, and another beside it (none by default). */
function LanguageChoice({ languages, first, second, onFirst, onSecond }: LanguageChoiceProps) {
  const id = useId();
  const { text, locale } = useMessages();
  return (
    <fieldset className="export-menu__languages" data-testid="export-languages">
      <legend>{text('revisions.export.languages')}</legend>
      <label htmlFor={`${id}-first`}>{text('revisions.export.language')}</label>
      <select
        id={`${id}-first`}
        value={first}
        onChange={(event) => onFirst(event.target.value)}
        data-testid="export-language"
      >
        {languages.map(({ tag }) => (
          <option key={tag} value={tag}>
            {languageLabel(tag, locale)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-second`}>{text('revisions.export.beside')}</label>
      <select
        id={`${id}-second`}
        value={second}
        onChange={(event) => onSecond(event.target.value)}
        data-testid="export-language-beside"
      >
        <option value="">{text('revisions.export.besideNone')}</option>
        {languages
          .filter(({ tag }) => tag !== first)
          .map(({ tag }) => (
            <option key={tag} value={tag}>
              {languageLabel(tag, locale)}
            </option>
          ))}
      </select>
      {second !== '' && (
        <p className="export-menu__hint" data-testid="export-parallel-hint">
          {text('revisions.export.parallelOnly')}
        </p>
      )}
    </fieldset>
  );
}
