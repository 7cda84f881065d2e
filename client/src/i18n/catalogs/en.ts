/**
 * The English messages, in ICU MessageFormat: the reference catalog. Every other language has exactly
 * these keys (the type says so, and tests/src/i18n/catalogs.test.ts checks none is empty or English).
 * Keys name the screen, then the thing on it.
 */
export const en = {
  'language.label': 'Language',

  'copy.button': 'Copy',
  'copy.label': 'Copy the link: {what}',
  'copy.done': 'Copied',
  'copy.failed': 'Could not copy: select the link and copy it',

  'landing.lede': 'A shared table for mediated negotiations: one text, every party, live.',
  'landing.form.heading': 'Open a new session',
  'landing.form.title': 'Title',
  'landing.form.titlePlaceholder': 'e.g. Talks on the northern water basin',
  'landing.form.mediatorName': 'Your name (optional)',
  'landing.form.create': 'Create session',
  'landing.form.creating': 'Creating…',
  'landing.form.error.title': 'Title: give the session a title (at most 300 characters).',
  'landing.form.error.parties': 'Parties: name between 1 and 32 parties, each once and in at most 200 characters.',
  'landing.form.error.mediatorName': 'Your name: at most 200 characters.',
  'landing.form.error.server': 'The session could not be opened: {reason}',
  'landing.parties.legend': 'Parties',
  'landing.parties.hint': "One field per party (the delegation's name, e.g. a state or an organisation).",
  'landing.parties.label': 'Party {number}',
  'landing.parties.remove': 'Remove',
  'landing.parties.removeLabel': 'Remove party {number}',
  'landing.parties.removeLabelNamed': 'Remove party {number} ({name})',
  'landing.parties.add': 'Add a party',
  'landing.created.heading': 'Session “{title}” is open',
  'landing.created.instructions':
    'Send each invite to the people it is for: an invite lets whoever holds it in with that role, so share it privately. Open the mediator’s invite yourself to enter the room.',
  'landing.created.invites': '{count, plural, one {# invite} other {# invites}}',
  'landing.created.join': 'Join as mediator',
  'landing.created.another': 'Open another session',
  'landing.invite.mediator': 'Mediator',
  'landing.invite.party': 'Delegation of {party}',
  'landing.invite.observers': 'Observers',
  'landing.invite.languageServices': 'Language services',

  'join.documentTitle': 'Join a session · Parley',
  'join.lede': 'You are invited to a mediated session.',
  'join.noInvite.heading': 'This link has no invite in it',
  'join.noInvite.body': 'Open the whole invite link the mediator sent you: it ends with {marker} and a long code.',
  'join.continue.heading': 'You have joined this session before',
  'join.continue.body':
    'In this browser you are {name}, {role, select, mediator {the mediator} delegate {a delegate} observer {an observer} languageServices {of the language services} other {a participant}}.',
  'join.continue.button': 'Continue as {name}',
  'join.form.heading': 'Join the session',
  'join.form.headingAgain': 'Or join again with this invite',
  'join.form.name': 'Your name',
  'join.form.hint': 'The others see it beside your cursor and in the list of who is here.',
  'join.form.join': 'Join',
  'join.form.joining': 'Joining…',
  'join.error.name': 'Your name: write the name the others will see (1 to 100 characters).',
  'join.error.invalid': 'This invite link is not valid ({reason}). Check that you opened the whole link you were sent.',
  'join.error.spent': 'This invite can no longer be used ({reason}). Ask the mediator for a new one.',
  'join.error.noSession': 'This session does not exist ({reason}). Check the link you were sent.',
  'join.error.tooMany': 'Too many attempts from this address. Wait a minute and try again.',
  'join.error.other': 'The session could not be joined: {reason}',

  'connection.label': 'Connection:',
  'connection.labelOf': '{label} connection:',
  'connection.status.connecting': 'connecting',
  'connection.status.online': 'online',
  'connection.status.reconnecting': 'reconnecting',
  'connection.status.offline': 'offline',
  'connection.hint.connecting': 'Connecting to the session…',
  'connection.hint.online': 'Connected: your edits reach the others live.',
  'connection.hint.reconnecting': 'Connection lost; trying again. Your edits are kept and sent when it is back.',
  'connection.hint.offline': 'Offline: your edits are kept on this device and sent when you reconnect.',
  'connection.stop.tooLarge':
    "An edit was too large for the server to accept ({reason}). Reload the page to continue from the server's copy.",
  'connection.stop.malformed': 'The server could not read what this page sent ({reason}). Reload the page.',
  'connection.stop.unauthorized':
    'The server did not accept your access to this session ({reason}). Open the session again from your invite link.',
  'connection.stop.notFound': 'This session does not exist ({reason}). Check the link you were given.',
  'connection.stop.removed': 'You were removed from this session by the mediator ({reason}).',
  'connection.stop.other': 'The server closed the connection ({reason}).',

  'room.bar.label': 'Session',
  'room.bar.showConsole': 'Show console',
  'room.bar.hideConsole': 'Hide console',
  'room.bar.changesSince':
    '{count, plural, =0 {No changes since your last visit} other {Changes since your last visit (#)}}',
  'room.export.summary': 'Download the draft',
  'room.export.preparing': 'Preparing…',
  'room.export.docx': 'Word (DOCX)',
  'room.export.md': 'Markdown',
  'room.export.html': 'Print-ready page (HTML, save as PDF)',
  'room.export.json': 'Data (JSON)',
  'room.export.akn': 'Akoma Ntoso (XML)',
  'room.you.prefix': 'You are',
  'room.you.role':
    '{role, select, mediator {Mediator} observer {Observer} delegate {Delegation of {party}} languageServices {Language services} other {Delegate}}',
} as const;

export type MessageKey = keyof typeof en;
/** A language's messages: every key English has, no more. */
export type Catalog = Readonly<Record<MessageKey, string>>;
