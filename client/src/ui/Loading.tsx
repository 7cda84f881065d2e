import { useMessages } from '../i18n/useMessages.ts';

/** A polite, announced placeholder while something loads (in words of the caller's, else "Loading…"). */
export function Loading({ label }: { label?: string }) {
  const { text } = useMessages();
  return (
    <p className="loading" role="status" data-testid="loading">
      {label ?? text('ui.loading')}
    </p>
  );
}
