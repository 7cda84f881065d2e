/**
 * English messages of the notices (`room/notices/noticeWords.ts`), worded from each notice's facts; the
 * server's English `summary` says the same, word for word where it can. The reference for this area.
 * `''` is ICU's literal apostrophe (the server quotes words in straight quotes).
 */
export const noticesEn = {
  'notice.person': '{name} ({seat})',
  'notice.seat':
    '{role, select, mediator {mediator} observer {observer} languageServices {language services} other {{party}}}',
  'notice.someDelegation': 'a delegation',
  'notice.personGone': 'a participant no longer on record',
  'notice.partyGone': 'a party no longer in the session',
  'notice.server': 'the server',
  'notice.mediator': 'the mediator',
  'notice.clause': '{preamble, select, yes {preambular paragraph {number}} other {clause {number}}}',
  'notice.clauseGone': 'a clause since removed',

  'notice.signOffsCleared':
    '{hasParties, select, yes {The sign-offs of {parties}} other {The sign-offs}} on {clause} were cleared{cause, select, version { because the {language} text was changed by {changedBy}} text { because the text was changed by {changedBy}} other {}}.',
  'notice.clauseReopened': "{by} reopened {clause}{hasReason, select, yes {, because ''{reason}''} other {}}.",
  'notice.bracketLifted':
    "{by} lifted the bracket{hasLabel, select, yes { ''{label}''} other {}}{hasNote, select, yes { ({note})} other {}}{hasHolder, select, yes { of {holder}} other {}}{hasWords, select, yes { around ''{words}''} other {}} in {clause}.",
  'notice.bracketGiven':
    "{by} gave {count, plural, one {the bracket} other {the # brackets}}{hasWords, select, yes { around ''{words}''} other {}}{hasFrom, select, yes { held by {from}} other {}} in {clause} to {to}.",
  'notice.floorGiven': '{by} gave the floor to {next, select, yes {the next speaker, {speaker}} other {{speaker}}}.',
  'notice.timeUp': 'The speaking time of {speaker} ran out.',
  'notice.muted': '{by} muted {participant}.',
  'notice.unmuted': '{by} unmuted {participant}.',
  'notice.oneText': '{by} switched One-Text mode {enabled, select, yes {on} other {off}}.',
  'notice.freeze': '{by} {frozen, select, yes {froze} other {unfroze}} the text.',
  'notice.textTabled':
    "{by} tabled a draft{hasHeading, select, yes { ''{heading}''} other {}}{origin, select, caucus { from the caucus of {originName}} workingGroup { from the working group ''{originName}''} other {}} {as, select, clause {as a new clause, {clause}} option {as an option of {clause}} proposal {as a textual proposal on {clause}} other {in the plenary}}.",
  'notice.suggestion':
    "{kind, select, deletion {the deletion of ''{words}''} other {the insertion of ''{words}''}}{hasAuthor, select, yes { by {author}} other {}}",
  'notice.suggestionsCounted':
    '{count, plural, =0 {{hasParty, select, yes {the suggestions of {party}} other {the suggestions}}} one {a suggestion} other {# suggestions}}',
  'notice.suggestionAccepted': '{by} accepted {what} in {clause}.',
  'notice.suggestionRejected': '{by} rejected {what} in {clause}.',
  'notice.wholeText': 'the whole text',
  'notice.adoption':
    '{by} {event, select, proposed {proposed the whole text for adoption} other {accepted the text for adoption{hasParty, select, yes { for {party}} other {}}{adReferendum, select, yes { ad referendum} other {}}{event, select, adopted {, and the text was adopted as {revision}} other {}}}}.',
  'notice.silence':
    "{event, select, started {{by} placed {what} under silence{hasUntil, select, yes { until {time} UTC on {date}} other {}}} broken {{by} broke silence{hasParty, select, yes { for {party}} other {}}{hasExplanation, select, yes {: ''{explanation}''} other {}}} other {silence on {what} was kept until the deadline: {adopted, select, yes {the text was adopted as {revision}} other {{count, plural, one {it is agreed} other {they are agreed}}}}}}.",
} as const;

/** This area's messages in another language: every key English has, no more. */
export type NoticesCatalog = Readonly<Record<keyof typeof noticesEn, string>>;
