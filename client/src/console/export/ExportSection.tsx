import { versionsAnswerSchema } from '@parley/shared';
import { useId, useState } from 'react';
import { useWhenServerIsBack } from '../../api/useWhenServerIsBack.ts';
import type { ExportFormat, ExportRefusal } from '../../export/downloadExport.ts';
import { downloadExport } from '../../export/downloadExport.ts';
import type { MessageKey } from '../../i18n/catalogs/english.ts';
import { useMessages } from '../../i18n/useMessages.ts';
import { useIdentity } from '../../state/IdentityContext.ts';
import { useFetched } from '../state/useFetched.ts';
import { Refusal } from '../ui/Refusal.tsx';
import { DocumentDetailsForm } from './DocumentDetailsForm.tsx';

/** Words from the catalog, or a name that is the same in every language (a format, a product). */
type Words = { readonly key: MessageKey } | { readonly name: string };

const FORMATS: readonly { readonly format: ExportFormat; readonly label: Words; readonly hint: Words }[] = [
  { format: 'docx', label: { name: 'Word' }, hint: { name: 'DOCX' } },
  { format: 'md', label: { name: 'Markdown' }, hint: { name: 'MD' } },
  { format: 'html', label: { key: 'console.export.html' }, hint: { key: 'console.export.htmlHint' } },
  { format: 'json', label: { key: 'console.export.json' }, hint: { name: 'JSON' } },
  { format: 'akn', label: { name: 'Akoma Ntoso' }, hint: { name: 'XML' } },
];

/**
 * The document's letterhead (symbol, marking, date), and downloads of the draft agreement (or a saved
 * revision), as a draft or a clean text, with optional annexes.
 */
export function ExportSection() {
  const { sessionId, token } = useIdentity();
  const { text } = useMessages();
  const say = (words: Words) => ('key' in words ? text(words.key) : words.name);
  const versions = useFetched(`/api/sessions/${sessionId}/versions`, versionsAnswerSchema, token);
  const id = useId();
  const [revision, setRevision] = useState('');
  const [clean, setClean] = useState(false);
  const [agenda, setAgenda] = useState(false);
  const [record, setRecord] = useState(false);
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [refusal, setRefusal] = useState<ExportRefusal | null>(null);
  useWhenServerIsBack(refusal?.unreachable === true, () => setRefusal(null));
  const [done, setDone] = useState<string | null>(null);

  const download = async (format: ExportFormat, label: string) => {
    setBusy(format);
    setRefusal(null);
    setDone(null);
    const refused = await downloadExport(sessionId, token, {
      format,
      revision: revision === '' ? null : revision,
      clean,
      agenda,
      record,
    });
    setBusy(null);
    if (refused !== null) setRefusal(refused);
    else setDone(text('console.export.done', { format: label }));
  };

  return (
    <div className="mc-stack">
      <DocumentDetailsForm />
      <div className="mc-field">
        <label htmlFor={`${id}-revision`}>{text('console.export.text')}</label>
        <select
          id={`${id}-revision`}
          className="mc-select"
          value={revision}
          onChange={(event) => setRevision(event.target.value)}
          data-testid="console-export-revision"
        >
          <option value="">{text('console.export.current')}</option>
          {(versions.value?.versions ?? []).map((version) => (
            <option key={version.id} value={version.id}>
              {version.label}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="mc-fieldset">
        <legend>{text('console.export.include')}</legend>
        <label className="mc-check">
          <input
            type="checkbox"
            checked={clean}
            onChange={(e) => setClean(e.target.checked)}
            data-testid="console-export-clean"
          />
          {text('console.export.clean')}
        </label>
        <label className="mc-check">
          <input type="checkbox" checked={agenda} onChange={(e) => setAgenda(e.target.checked)} />
          {text('console.export.agenda')}
        </label>
        <label className="mc-check">
          <input
            type="checkbox"
            checked={record}
            onChange={(e) => setRecord(e.target.checked)}
            data-testid="console-export-record"
          />
          {text('console.export.record')}
        </label>
      </fieldset>
      <div className="mc-row">
        {FORMATS.map(({ format, label, hint }) => (
          <button
            key={format}
            type="button"
            className="mc-button"
            disabled={busy !== null}
            aria-label={text('console.export.downloadAs', { format: say(label), hint: say(hint) })}
            title={say(hint)}
            data-testid={`console-export-${format}`}
            onClick={() => void download(format, say(label))}
          >
            {busy === format ? text('console.export.preparing') : say(label)}
          </button>
        ))}
      </div>
      <Refusal error={refusal?.error ?? null} testId="console-export-refusal" />
      {done !== null && (
        <p className="mc-hint" role="status">
          {done}
        </p>
      )}
    </div>
  );
}
