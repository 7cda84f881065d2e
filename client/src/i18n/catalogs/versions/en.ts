/** English messages of the versions area (see ../en.ts for how keys are named); the reference for this area. */
export const versionsEn = {
  'versions.column.label': 'Side by side with',
  'versions.column.none': 'No second language',
  'versions.column.original': '{language} (original)',
  'versions.column.version': '{language} version',
  'versions.column.authentic': 'authentic',
  'versions.column.convenience': 'translation for convenience',
  'versions.role.name': 'Language services',
  'versions.role.hint':
    'You work as language services: you write the versions in the second column and align them with {source}. The original text is read-only for you.',
  'versions.role.oneLanguage': 'This session has one language only: there is no version to write yet.',

  'versions.heading.label': 'Heading of clause {number} in {language}',
  'versions.heading.placeholder': 'Heading (optional)',
  'versions.body.label': 'Text of clause {number} in {language}',
  'versions.option.label': 'Option {index} of clause {number} in {language}',
  'versions.option.title': 'Option {index}',
  'versions.notReady': 'The {language} version of this clause is not there yet: the server creates it in a moment.',

  'versions.state.aligned': 'Aligned with {source} as of {time}, by {name}',
  'versions.state.nothingYet': 'Nothing to translate yet',
  'versions.state.stale': 'Stale: the {source} text changed since it was aligned on {time}',
  'versions.state.staleVersion': 'Stale: this version changed since it was aligned on {time}',
  'versions.state.diffLabel': 'Changes to the {source} text since alignment',
  'versions.state.missingEmpty': 'Missing: this version has no text yet',
  'versions.state.missingUnaligned': 'Missing: never aligned with {source}',
  'versions.state.blocks': 'Sign-off and agreement wait until this version is aligned.',

  'versions.brackets.label': 'Brackets of the original:',
  'versions.brackets.apply': 'Bracket as “{words}” ({holder})',
  'versions.brackets.lift': 'Remove bracket',
  'versions.brackets.selectFirst': 'Select the translated words in the version first.',

  'versions.align.button': 'Align',
  'versions.align.label': 'Align the {language} version of clause {number} with {source}',
  'versions.align.refused': 'Not aligned: {reason}',

  'versions.signOff.blocked': 'Sign-off waits until these versions are aligned: {languages}.',
} as const;

/** This area's messages in another language: every key English has, no more. */
export type VersionsCatalog = Readonly<Record<keyof typeof versionsEn, string>>;
