const IRREGULAR: Readonly<Record<string, string>> = {
  give: 'gave',
  take: 'took',
  set: 'set',
  withdraw: 'withdrew',
  freeze: 'froze',
  unfreeze: 'unfroze',
  choose: 'chose',
  send: 'sent',
  make: 'made',
  stop: 'stopped',
  put: 'put',
  keep: 'kept',
  bring: 'brought',
  break: 'broke',
  initial: 'initialled',
};

/** The simple past of the verb a phrase starts with: "give the floor" → "gave the floor". */
export function pastTense(phrase: string): string {
  const space = phrase.indexOf(' ');
  const verb = space === -1 ? phrase : phrase.slice(0, space);
  const rest = space === -1 ? '' : phrase.slice(space);
  const past = IRREGULAR[verb] ?? (verb.endsWith('e') ? `${verb}d` : `${verb}ed`);
  return `${past}${rest}`;
}
