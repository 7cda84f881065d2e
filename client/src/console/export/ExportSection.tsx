import { versionsAnswerSchema } from '@parley/shared';
import { useId, useState } from 'react';
import { useWhenServerIsBack } from '../../api/useWhenServerIsBack.ts';
import type { ExportFormat, ExportRefusal } from '../../export/downloadExport.ts';
import { downloadExport } from '../../export/downloadExport.ts';
import { useIdentity } from '../../state/IdentityContext.ts';
import { useFetched } from '../state/useFetched.ts';
import { Refusal } from '../ui/Refusal.tsx';

const FORMATS: readonly { readonly format: ExportFormat; readonly label: string; readonly hint: string }[] = [
  { format: 'docx', label: 'Word', hint: 'DOCX' },
  { format: 'md', label: 'Markdown', hint: 'MD' },
  { format: 'html', label: 'Web page', hint: 'HTML, print-ready' },
  { format: 'json', label: 'Data', hint: 'JSON' },
];

/** Downloads the draft agreement (or a saved revision), as a draft or a clean text, with optional annexes. */
export function ExportSection() {
  const { sessionId, token } = useIdentity();
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
    else setDone(`${label} file downloaded.`);
  };

  return (
    <div className="mc-stack">
      <div className="mc-field">
        <label htmlFor={`${id}-revision`}>Text</label>
        <select
          id={`${id}-revision`}
          className="mc-select"
          value={revision}
          onChange={(event) => setRevision(event.target.value)}
          data-testid="console-export-revision"
        >
          <option value="">Current text</option>
          {(versions.value?.versions ?? []).map((version) => (
            <option key={version.id} value={version.id}>
              {version.label}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="mc-fieldset">
        <legend>Include</legend>
        <label className="mc-check">
          <input
            type="checkbox"
            checked={clean}
            onChange={(e) => setClean(e.target.checked)}
            data-testid="console-export-clean"
          />
          Clean text (no brackets or options; only when everything is agreed)
        </label>
        <label className="mc-check">
          <input type="checkbox" checked={agenda} onChange={(e) => setAgenda(e.target.checked)} />
          The agenda
        </label>
        <label className="mc-check">
          <input
            type="checkbox"
            checked={record}
            onChange={(e) => setRecord(e.target.checked)}
            data-testid="console-export-record"
          />
          Annex the record
        </label>
      </fieldset>
      <div className="mc-row">
        {FORMATS.map(({ format, label, hint }) => (
          <button
            key={format}
            type="button"
            className="mc-button"
            disabled={busy !== null}
            aria-label={`Download as ${label} (${hint})`}
            title={hint}
            data-testid={`console-export-${format}`}
            onClick={() => void download(format, label)}
          >
            {busy === format ? 'Preparing…' : label}
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
