/**
 * The colours of authorship (the room's authorship view and the HTML export): a party's text takes
 * the party's colour; the mediator writes for no side, so a neutral grey, and the server's own
 * transactions (commands, clause upkeep) a lighter one.
 */
export const MEDIATOR_AUTHOR_COLOR = '#6b7280';
export const SERVER_AUTHOR_COLOR = '#9ca3af';
