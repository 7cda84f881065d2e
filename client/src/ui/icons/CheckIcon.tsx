import { SvgIcon } from './SvgIcon.tsx';

/** A check mark: signed off, done. */
export function CheckIcon() {
  return (
    <SvgIcon>
      <path d="M3 8.5l3.2 3.2L13 4.8" />
    </SvgIcon>
  );
}
