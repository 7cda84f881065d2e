import type * as Y from 'yjs';
import { useMessages } from '../../i18n/useMessages.ts';
import { useYText } from '../../yjs/useYText.ts';

/** A clause's heading ("Water allocation"), shared live; read-only where the clause's text is. */
export function ClauseHeading({
  heading,
  number,
  editable,
  optional,
}: {
  heading: Y.Text;
  number: string;
  editable: boolean;
  /** Preamble paragraphs rarely have headings: no empty field is offered for them. */
  optional: boolean;
}) {
  const [value, setValue] = useYText(heading);
  const { text } = useMessages();
  if (!editable || (optional && value === '')) {
    return value ? (
      <p className="clause__heading clause__heading--read-only" dir="auto" data-testid="clause-heading">
        {value}
      </p>
    ) : null;
  }
  return (
    <input
      className="clause__heading"
      type="text"
      dir="auto"
      value={value}
      placeholder={text('clause.heading.placeholder')}
      aria-label={text('clause.heading.label', { number })}
      maxLength={500}
      onChange={(event) => setValue(event.target.value)}
      data-testid="clause-heading"
    />
  );
}
