/** A party as an author's name shows it: its name and colour. */
export interface AuthorParty {
  readonly name: string;
  readonly color: string;
}

/** An author's name with their party's colour (a swatch, and the party's name in words). */
export function AuthorName({ name, party }: { name: string; party: AuthorParty | null }) {
  return (
    <span className="history-author" data-testid="history-author">
      {party && <span className="party__swatch" style={{ backgroundColor: party.color }} aria-hidden="true" />}
      <strong>{name}</strong>
      {party && <span className="history-author__party"> ({party.name})</span>}
    </span>
  );
}
