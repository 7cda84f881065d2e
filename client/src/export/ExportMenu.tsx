import { useState } from 'react';
import type { ExportFormat } from './downloadExport.ts';
import { downloadExport } from './downloadExport.ts';

const FORMATS: readonly { readonly format: ExportFormat; readonly label: string }[] = [
  { format: 'docx', label: 'Word (DOCX)' },
  { format: 'md', label: 'Markdown' },
  { format: 'html', label: 'Print-ready page (HTML, save as PDF)' },
  { format: 'json', label: 'Data (JSON)' },
];

interface ExportMenuProps {
  readonly sessionId: string;
  readonly token: string;
}

/**
 * "Download the draft" for every participant in the room's top bar: the current text as the server
 * renders it (observers only when the mediator allows; the server says so if not). The mediator's
 * console has the fuller export (revisions, clean text, annexes).
 */
export function ExportMenu({ sessionId, token }: ExportMenuProps) {
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);

  const download = async (format: ExportFormat) => {
    setBusy(format);
    setError(null);
    const refused = await downloadExport(sessionId, token, {
      format,
      revision: null,
      clean: false,
      agenda: false,
      record: false,
    });
    setBusy(null);
    setError(refused);
  };

  return (
    <details className="export-menu" data-testid="export-menu">
      <summary className="button button--small">Download the draft</summary>
      <div className="export-menu__panel">
        {FORMATS.map(({ format, label }) => (
          <button
            key={format}
            type="button"
            className="button button--small"
            disabled={busy !== null}
            onClick={() => void download(format)}
            data-testid={`export-${format}`}
          >
            {busy === format ? 'Preparing…' : label}
          </button>
        ))}
        {error !== null && (
          <p className="export-menu__error" role="alert">
            {error}
          </p>
        )}
      </div>
    </details>
  );
}
