import { useEffect, useState } from 'react';
import { useWhenServerIsBack } from '../api/useWhenServerIsBack.ts';
import type { MessageKey } from '../i18n/catalogs/index.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { useDetailsMenu } from '../ui/useDetailsMenu.ts';
import type { ExportFormat, ExportRefusal } from './downloadExport.ts';
import { downloadExport } from './downloadExport.ts';

const FORMATS: readonly { readonly format: ExportFormat; readonly label: MessageKey }[] = [
  { format: 'docx', label: 'room.export.docx' },
  { format: 'md', label: 'room.export.md' },
  { format: 'html', label: 'room.export.html' },
  { format: 'json', label: 'room.export.json' },
];

interface ExportMenuProps {
  readonly sessionId: string;
  readonly token: string;
}

/**
 * "Download the draft" in the room's top bar: the current text as the server renders it. The room
 * shows it only to those who may download (observers when the mediator allows it; the server refuses
 * the others anyway). It closes like a menu: on Esc, on a click outside, and once a download has
 * started. The mediator's console has the fuller export (revisions, clean text, annexes).
 */
export function ExportMenu({ sessionId, token }: ExportMenuProps) {
  const menu = useDetailsMenu();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [refusal, setRefusal] = useState<ExportRefusal | null>(null);
  // A refusal belongs to the choice it answered: a closed menu opens afresh.
  useEffect(() => {
    if (!menu.open) setRefusal(null);
  }, [menu.open]);
  useWhenServerIsBack(refusal?.unreachable === true, () => setRefusal(null));
  const { text } = useMessages();

  const download = async (format: ExportFormat) => {
    setBusy(format);
    setRefusal(null);
    const refused = await downloadExport(sessionId, token, {
      format,
      revision: null,
      clean: false,
      agenda: false,
      record: false,
    });
    setBusy(null);
    setRefusal(refused);
    if (refused === null) menu.close(true);
  };

  return (
    <details className="export-menu" data-testid="export-menu" ref={menu.ref} onToggle={menu.onToggle}>
      <summary className="button button--small">{text('room.export.summary')}</summary>
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
