import { useId, useState } from 'react';
import { useMessages } from '../../i18n/useMessages.ts';
import { useCommand } from '../../state/useCommand.ts';
import { Modal } from '../history/Modal.tsx';

/** A delegate breaks silence for their party: a written explanation is required (the server checks it too). */
export function BreakSilenceDialog({ onClose }: { onClose: () => void }) {
  const { text } = useMessages();
  const command = useCommand();
  const [explanation, setExplanation] = useState('');
  const fieldId = useId();
  const send = async () => {
    const answer = await command.send({ type: 'silence.break', explanation });
    if (answer !== null) onClose();
  };
  return (
    <Modal title={text('closing.silence.break')} onClose={onClose} testId="break-silence-dialog">
      <label htmlFor={fieldId}>{text('closing.silence.explanation')}</label>
      <textarea
        id={fieldId}
        value={explanation}
        onChange={(event) => setExplanation(event.target.value)}
        rows={4}
        required
        data-testid="break-silence-explanation"
      />
      {command.error && (
        <p className="form-error" role="alert">
          {command.error}
        </p>
      )}
      <button
        type="button"
        className="button"
        disabled={explanation.trim() === '' || command.pending}
        onClick={() => void send()}
        data-testid="break-silence-send"
      >
        {text('closing.silence.send')}
      </button>
    </Modal>
  );
}
