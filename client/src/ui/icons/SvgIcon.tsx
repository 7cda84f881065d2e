import type { ReactNode } from 'react';

/**
 * A small line icon drawn inline, one em square in the text's colour: it needs no font, so it shows
 * the same on a machine without emoji or symbol fonts (where ✓ or 🔒 can come out as empty boxes).
 * Always decorative: the words beside it (visible or for screen readers) carry the meaning.
 */
export function SvgIcon({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <svg
      className={`icon${className ? ` ${className}` : ''}`}
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.75"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}
