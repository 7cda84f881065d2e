import type { MediatorConsoleProps } from './MediatorConsoleProps.ts';

/** The mediator's console: agenda, floor, clauses, session settings, participants, breakouts, revisions, record. */
export default function MediatorConsole({ you }: MediatorConsoleProps) {
  return (
    <aside className="console" aria-label="Mediator's console" data-testid="mediator-console">
      <h2>Mediator’s console</h2>
      <p className="hint">Chairing as {you.name}.</p>
    </aside>
  );
}
