import type * as Y from 'yjs';
import { useYText } from '../../yjs/useYText.ts';

/**
 * A version's heading: plain text like the original's, shared live; read-only where the version is,
 * and offered only where the original has a heading to translate (or the version already has one).
 */
export function VersionHeading({
  heading,
  sourceHeading,
  editable,
  label,
  placeholder,
}: {
  heading: Y.Text;
  /** The original's heading: a version gets a heading field where the original has one. */
  sourceHeading: Y.Text;
  editable: boolean;
  label: string;
  placeholder: string;
}) {
  const [value, setValue] = useYText(heading);
  const [source] = useYText(sourceHeading);
  if (!editable || (source === '' && value === '')) {
    return value ? (
      <p className="clause__heading clause__heading--read-only" data-testid="version-heading">
        {value}
      </p>
    ) : null;
  }
  return (
    <input
      className="clause__heading version-column__heading"
      type="text"
      value={value}
      placeholder={placeholder}
      aria-label={label}
      maxLength={500}
      onChange={(event) => setValue(event.target.value)}
      data-testid="version-heading"
    />
  );
}
