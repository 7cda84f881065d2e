import { useEffect, useState } from 'react';
import { useMessages } from '../i18n/useMessages.ts';

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies `text` to the clipboard and says so; `label` is the button's accessible name (what it copies). */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<CopyState>('idle');
  const { text: message } = useMessages();

  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), 2000);
    return () => window.clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  return (
    <>
      <button type="button" className="button button--small" onClick={copy} aria-label={label}>
        {message('copy.button')}
      </button>
      <span className="copy-feedback" role="status">
        {state === 'copied' ? message('copy.done') : state === 'failed' ? message('copy.failed') : ''}
      </span>
    </>
  );
}
