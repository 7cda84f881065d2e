import { useMessages } from '../../i18n/useMessages.ts';
import { ArrowIcon } from '../../ui/icons/ArrowIcon.tsx';

/** "Move up" / "Move down" for one entry of an ordered list; `onMove` gets the new index. */
export function MoveButtons({
  what,
  index,
  count,
  disabled,
  onMove,
}: {
  what: string;
  index: number;
  count: number;
  disabled: boolean;
  onMove: (index: number) => void;
}) {
  const { text } = useMessages();
  return (
    <span className="mc-move">
      <button
        type="button"
        className="mc-button mc-button--icon"
        disabled={disabled || index === 0}
        aria-label={text('console.move.upLabel', { what })}
        title={text('console.move.up')}
        onClick={() => onMove(index - 1)}
      >
        <ArrowIcon direction="up" />
      </button>
      <button
        type="button"
        className="mc-button mc-button--icon"
        disabled={disabled || index >= count - 1}
        aria-label={text('console.move.downLabel', { what })}
        title={text('console.move.down')}
        onClick={() => onMove(index + 1)}
      >
        <ArrowIcon direction="down" />
      </button>
    </span>
  );
}
