import { CopyButton } from '../../ui/CopyButton.tsx';

/** A link made to replace the one a removed participant joined with. */
export interface ReplacementLink {
  readonly name: string;
  readonly seat: string;
  readonly url: string;
}

/** The fresh links made by removals in this console, to copy and hand on. */
export function ReplacementLinks({ links }: { links: readonly ReplacementLink[] }) {
  if (links.length === 0) return null;
  return (
    <ul className="mc-list mc-list--plain" aria-label="New invite links after removals">
      {links.map((link) => (
        <li key={link.url} className="mc-item" data-testid="console-replacement-invite">
          <p className="mc-item__meta">
            {link.name} was removed; the old link for {link.seat} no longer works. New link:
          </p>
          <div className="mc-link">
            <input
              className="mc-link__url"
              readOnly
              value={link.url}
              onFocus={(event) => event.currentTarget.select()}
              aria-label={`New invite link for ${link.seat}`}
              data-testid="console-replacement-url"
            />
            <CopyButton text={link.url} label={`Copy the new invite link for ${link.seat}`} />
          </div>
        </li>
      ))}
    </ul>
  );
}
