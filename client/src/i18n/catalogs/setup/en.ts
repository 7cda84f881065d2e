/**
 * English messages of the setup area: the languages of a session, chosen on the landing page and
 * changed in the mediator's console (see ../en.ts for how keys are named); the reference for this area.
 */
export const setupEn = {
  'setup.languages.negotiation': 'Language of negotiation',
  'setup.languages.negotiationHint':
    'The clauses are drafted in this language; the other languages are versions of it.',
  'setup.languages.rowLabel': 'Language {number}',
  'setup.languages.group.un': 'Official languages of the United Nations',
  'setup.languages.group.common': 'Other common languages',
  'setup.languages.other': 'Other…',
  'setup.languages.tagLabel': '{label}: language tag (BCP 47)',
  'setup.languages.tagHint': 'For example sw, pt-BR or sr-Latn.',
  'setup.languages.authentic': 'Authentic',
  'setup.languages.authenticLabel': 'Authentic: {language}',
  'setup.languages.authenticHint':
    'Authentic: the text in this language is equally authentic with the others, and its version must be aligned before a clause is agreed. Unchecked: a translation for convenience, which never holds up agreement.',
  'setup.languages.remove': 'Remove',
  'setup.languages.removeLabel': 'Remove {language}',
  'setup.languages.add': 'Add a language',
  'setup.languages.limit': 'A session has at most {max} languages.',
  'setup.languages.parallel': 'Negotiated in parallel (delegates write every language)',
  'setup.languages.parallelHint':
    'Otherwise the other languages follow the language of negotiation: the mediator and language services write them.',
  'setup.languages.error.emptyTag': 'Type a language tag, such as sw or pt-BR.',
  'setup.languages.error.notATag': '“{tag}” is not a language tag (BCP 47) such as sw or pt-BR.',
  'setup.languages.error.duplicate': '{language} is listed twice: list each language once.',

  'setup.landing.legend': 'Languages of the text',
  'setup.landing.summaryOne': 'Drafted in {language} only.',
  'setup.landing.summaryMany': 'Drafted in {language}, with versions in {others}.',
  'setup.landing.open': 'Choose languages',
  'setup.landing.close': 'Hide the language choices',
  'setup.landing.error': 'Check the languages of the text.',

  'setup.console.section': 'Languages',
  'setup.console.hint':
    'A language that holds text cannot be dropped, and the language of negotiation stays once text is written in it.',
  'setup.console.save': 'Save languages',
  'setup.console.saving': 'Saving…',
  'setup.console.discard': 'Discard changes',
  'setup.console.saved': 'The session’s languages are saved.',
  'setup.console.invalid': 'Check the languages above before saving.',
} as const;

/** This area's messages in another language: every key English has, no more. */
export type SetupCatalog = Readonly<Record<keyof typeof setupEn, string>>;
