import { useId } from 'react';
import type { LocalUser } from './LocalUser.ts';

/** "Your name": how others see this browser's caret in the text. */
export function YourNameField({ user, onRename }: { user: LocalUser; onRename: (name: string) => void }) {
  const id = useId();
  return (
    <div className="your-name">
      <label htmlFor={id}>Your name</label>
      <span className="your-name__swatch" style={{ backgroundColor: user.color }} aria-hidden="true" />
      <input
        id={id}
        value={user.name}
        onChange={(event) => onRename(event.target.value)}
        maxLength={60}
        autoComplete="name"
        data-testid="your-name"
      />
    </div>
  );
}
