import type { ReactNode } from 'react';
import { useEffect, useRef } from 'react';
import { useMessages } from '../../i18n/useMessages.ts';

/**
 * A full-width modal dialog (the browser's own `<dialog>`: focus stays inside, Esc closes it) with a
 * heading and a close button; `onClose` runs however it was closed.
 */
export function Modal({
  title,
  onClose,
  testId,
  children,
}: {
  title: string;
  onClose: () => void;
  testId: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const { text } = useMessages();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const headingId = `${testId}-title`;
  return (
    <dialog ref={ref} className="modal" aria-labelledby={headingId} data-testid={testId} onClose={onClose}>
      <div className="modal__head">
        <h2 id={headingId}>{title}</h2>
        <button type="button" className="button button--small" onClick={() => ref.current?.close()}>
          {text('ui.close')}
        </button>
      </div>
      <div className="modal__body stack">{children}</div>
    </dialog>
  );
}
