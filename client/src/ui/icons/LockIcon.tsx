import { SvgIcon } from './SvgIcon.tsx';

/** A padlock: a locked clause. */
export function LockIcon() {
  return (
    <SvgIcon>
      <rect x="3.25" y="7" width="9.5" height="7" rx="1.25" />
      <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" />
    </SvgIcon>
  );
}
