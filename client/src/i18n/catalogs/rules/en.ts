/**
 * English messages of the rules' refusals: why a write or a change of a clause's status is refused,
 * worded from the shared rules' facts (`WriteRefusal`, `TransitionRefusal`); the server says the same
 * in English. The reference for this area.
 */
export const rulesEn = {
  'rule.write.readOnlyForRole':
    '{role, select, mediator {Read-only for mediators} delegate {Read-only for delegates} observer {Read-only for observers} other {Read-only for language services}}',
  'rule.write.commandsOnly': 'Changed through moderation commands only',
  'rule.write.frozen': 'The session is frozen',
  'rule.write.muted': 'The mediator has muted you',
  'rule.write.ownPartyStatementsOnly': 'Delegates write their own party’s statements only',
  'rule.write.notAClause': 'Not a clause',
  'rule.write.notAVersion': 'Not a language version',
  'rule.write.notASessionLanguage': '{language} is not one of the session’s languages (any more)',
  'rule.write.versionsFollowNegotiation':
    'The language versions follow the language of negotiation: only language services and the mediator write them',
  'rule.write.originalNotForLanguageServices':
    'The text in the language of negotiation is the original: language services do not write it',
  'rule.write.oneText': 'One-Text mode: only the mediator edits the text; delegates suggest',
  'rule.write.noSuchClause': 'No such clause',
  'rule.write.locked': 'The clause is locked',
  'rule.write.underSilence':
    'The text is under silence: read-only for everyone until silence is broken or the deadline passes',
  'rule.write.wordingFrozen':
    'The clause is {status}: its words are read-only for everyone until the mediator reopens it',
  'rule.write.wordingSettled': 'The clause is {status}',

  'rule.action':
    '{transition, select, propose {be made Proposed} markPlaceholder {be made a Placeholder} signOff {be signed off} confirmSignOff {have a sign-off confirmed} withdrawSignOff {have a sign-off withdrawn} agreeWithoutObjection {be declared agreed} adopt {be adopted} reopen {be reopened} other {be withdrawn}}',
  'rule.roles':
    '{role, select, mediator {mediators} delegate {delegates} observer {observers} other {language services}}',
  'rule.transition.roleMayNot': 'A clause cannot {action} by {roles}.',
  'rule.transition.notOneText': 'The clause cannot {action}: it still has {what}.',
  'rule.transition.wrongStatus': 'A clause that is {status} cannot {action}; only one that is {allowed} can.',
  'rule.transition.reopenFirst': 'Reopen it first.',
  'rule.transition.delegatesOnly': 'Only a delegate of a party can do this.',
  'rule.transition.alreadySignedOff': 'Your party has already signed off this clause.',
  'rule.transition.noAdReferendumToConfirm': 'Your party has no sign-off ad referendum on this clause to confirm.',
  'rule.transition.notSignedOff': 'Your party has not signed off this clause.',
  'rule.transition.alreadyStatus': 'The clause is already {status}.',
  'rule.transition.bracketedByText':
    'A clause is Bracketed by its text: it becomes so when words are put in brackets or a second option is added.',
  'rule.transition.agreedBySignOffs':
    'A clause becomes {status} only when every party signs it off (or when the mediator records “agreed, no objection”).',
  'rule.transition.staysBracketed': 'The clause stays Bracketed while it still has {what}.',
  'rule.transition.versionsNotAligned':
    'The clause cannot {action} while an authentic text is not aligned: {versions}. Language services or the mediator align it first.',
  'rule.version.stale': 'the {language} version is stale (the text changed since it was aligned)',
  'rule.version.missing': 'the {language} version is missing or was never aligned',
  'rule.open.brackets': '{count, plural, one {an open bracket} other {# open brackets}}: {list}',
  'rule.open.bracket': '“{words}” held by {holder}',
  'rule.open.bracketInOption': '“{words}” held by {holder} (in {option})',
  'rule.open.bracketSeparator': '; ',
  'rule.open.labelSeparator': ', ',
  'rule.open.and': '{first}, and {second}',
  'rule.open.suggestions': '{count, plural, one {a pending suggestion} other {# pending suggestions}} by {name}',
  'rule.open.suggestionsMore': '{count, plural, one {one} other {#}} by {name}',
  'rule.open.mediator': 'the mediator',
  'rule.open.otherParty': 'another party',
  'rule.open.options':
    '{count, plural, one {an option not yet collapsed} other {# options not yet collapsed}} ({labels})',
} as const;

/** This area's messages in another language: every key English has, no more. */
export type RulesCatalog = Readonly<Record<keyof typeof rulesEn, string>>;
