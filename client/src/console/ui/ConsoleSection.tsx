import type { ReactNode } from 'react';
import { useState } from 'react';

interface ConsoleSectionProps {
  readonly title: string;
  /** Shown beside the title while collapsed too: "2 waiting", "Rev.3" … */
  readonly badge?: ReactNode;
  readonly testId: string;
  readonly defaultOpen?: boolean;
  readonly children: ReactNode;
}

/**
 * A collapsible part of the console. Its content is mounted only while it is open, so a closed
 * section fetches and re-renders nothing.
 */
export function ConsoleSection({ title, badge, testId, defaultOpen = false, children }: ConsoleSectionProps) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <details
      className="mc-section"
      data-testid={testId}
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="mc-section__summary">
        <h3 className="mc-section__title">{title}</h3>
        {badge !== undefined && badge !== null && badge !== '' && <span className="mc-section__badge">{badge}</span>}
      </summary>
      {open && <div className="mc-section__body">{children}</div>}
    </details>
  );
}
