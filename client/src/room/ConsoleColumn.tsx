import type { KeyboardEvent, ReactNode } from 'react';
import { useState } from 'react';

/**
 * The mediator's console as a column of the room's grid. Closed, it stays mounted but hidden once it
 * was opened, so a half-typed form or an open section survives closing and reopening. Escape closes
 * it unless a control inside used the key first (a menu closing, a field being cleared).
 */
export function ConsoleColumn({
  open,
  onClose,
  children,
}: {
  open: boolean;
  onClose: () => void;
  children: ReactNode;
}) {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  if (!opened) return null;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    onClose();
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the console closes it; the keys come from its controls
    <div className="workspace__console" id="mediator-console-column" hidden={!open} onKeyDown={onKeyDown}>
      {children}
    </div>
  );
}
