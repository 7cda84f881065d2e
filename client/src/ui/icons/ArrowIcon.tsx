import { SvgIcon } from './SvgIcon.tsx';

/** An arrow pointing up or down: move an entry of a list. */
export function ArrowIcon({ direction }: { direction: 'up' | 'down' }) {
  return <SvgIcon>{direction === 'up' ? <path d="M8 13V3M4 7l4-4 4 4" /> : <path d="M8 3v10M4 9l4 4 4-4" />}</SvgIcon>;
}
