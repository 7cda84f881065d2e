/**
 * Why a muted delegate's controls are disabled, shown beside them before any click: the server
 * refuses the floor, sign-offs, comments and edits of a muted participant (`floorCommands`,
 * `clauseCommands`, the write rules), and the page says so first.
 */
export const MUTED_REASON = 'The mediator has muted you';
