/**
 * English messages of closing the deal (`room/closing/`): adoption of the whole text, the silence
 * procedure and the initials. The reference for this area.
 */
export const closingEn = {
  'closing.title': 'Closing the deal',
  'closing.provisional':
    'Nothing is agreed until everything is agreed: agreed clauses stay provisional until the whole text is adopted.',
  'closing.provisionalBadge': '(provisional)',
  'closing.propose': 'Propose the whole text for adoption',
  'closing.proposed': 'The whole text is proposed for adoption. Accepted so far: {accepted}.',
  'closing.none': 'none yet',
  'closing.acceptedBy':
    '{party}{adReferendum, select, yes { (ad referendum{confirmed, select, yes {, confirmed by capital} other {}})} other {}}',
  'closing.accept': 'Accept for {party}',
  'closing.acceptAdReferendum': 'Accept ad referendum',
  'closing.confirm': 'Confirm for capital ({party})',
  'closing.adopted':
    'Adopted text: the whole text was adopted on {date}{underSilence, select, yes { under silence} other {}}. Accepted by: {accepted}.',
  'closing.digest': 'SHA-256 of the adopted text: {digest}',
  'closing.initials': 'Initialled by: {initials}',
  'closing.initialled': '{name} ({party})',
  'closing.initial': 'Initial the adopted text for {party}',
  'closing.silence.running': 'Under silence: {what} is read-only until {time}.',
  'closing.silence.whole': 'the whole text',
  'closing.silence.clauses': '{count, plural, one {clause {list}} other {clauses {list}}}',
  'closing.silence.left': 'Time left under silence',
  'closing.silence.break': 'Break silence',
  'closing.silence.explanation': 'Why your party breaks silence (every participant will read it)',
  'closing.silence.send': 'Break silence now',
  'closing.silence.broken':
    'Silence was broken by {name}{hasParty, select, yes { ({party})} other {}}: “{explanation}”',
  'closing.silence.kept': 'Silence was kept until the deadline.',
  'closing.silence.minutes': 'Minutes of silence',
  'closing.silence.choose': 'Choose clauses (none chosen: the whole text)',
  'closing.silence.startChosen':
    '{count, plural, one {Place # clause under silence} other {Place # clauses under silence}}',
  'closing.silence.start': 'Place the whole text under silence',
} as const;

/** This area's messages in another language: every key English has, no more. */
export type ClosingCatalog = Readonly<Record<keyof typeof closingEn, string>>;
