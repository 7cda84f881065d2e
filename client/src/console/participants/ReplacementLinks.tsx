import { useMessages } from '../../i18n/useMessages.ts';
import { CopyButton } from '../../ui/CopyButton.tsx';

/** A link made to replace the one a removed participant joined with. */
export interface ReplacementLink {
  readonly name: string;
  readonly seat: string;
  readonly url: string;
}

/** The fresh links made by removals in this console, to copy and hand on. */
export function ReplacementLinks({ links }: { links: readonly ReplacementLink[] }) {
  const { text } = useMessages();
  if (links.length === 0) return null;
  return (
    <ul className="mc-list mc-list--plain" aria-label={text('console.replacement.list')}>
      {links.map((link) => (
        <li key={link.url} className="mc-item" data-testid="console-replacement-invite">
          <p className="mc-item__meta">{text('console.replacement.note', { name: link.name, seat: link.seat })}</p>
          <div className="mc-link">
            <input
              className="mc-link__url"
              readOnly
              value={link.url}
              onFocus={(event) => event.currentTarget.select()}
              aria-label={text('console.replacement.urlLabel', { seat: link.seat })}
              data-testid="console-replacement-url"
            />
            <CopyButton text={link.url} label={text('console.replacement.copyLabel', { seat: link.seat })} />
          </div>
        </li>
      ))}
    </ul>
  );
}
