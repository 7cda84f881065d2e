import type { SetupCatalog } from './en.ts';

export const setupEs: SetupCatalog = {
  'setup.languages.negotiation': 'Idioma de negociación',
  'setup.languages.negotiationHint':
    'Las cláusulas se redactan en este idioma; los demás idiomas son versiones del texto.',
  'setup.languages.rowLabel': 'Idioma {number}',
  'setup.languages.group.un': 'Idiomas oficiales de las Naciones Unidas',
  'setup.languages.group.common': 'Otros idiomas frecuentes',
  'setup.languages.other': 'Otro…',
  'setup.languages.tagLabel': '{label}: etiqueta de idioma (BCP 47)',
  'setup.languages.tagHint': 'Por ejemplo sw, pt-BR o sr-Latn.',
  'setup.languages.authentic': 'Auténtico',
  'setup.languages.authenticLabel': 'Auténtico: {language}',
  'setup.languages.authenticHint':
    'Auténtico: el texto en este idioma es igualmente auténtico que los demás, y su versión debe estar alineada antes de acordar una cláusula. Sin marcar: una traducción de cortesía, que nunca retrasa el acuerdo.',
  'setup.languages.remove': 'Quitar',
  'setup.languages.removeLabel': 'Quitar {language}',
  'setup.languages.add': 'Añadir un idioma',
  'setup.languages.limit': 'Una sesión tiene como máximo {max} idiomas.',
  'setup.languages.parallel': 'Negociación en paralelo (las delegaciones escriben en todos los idiomas)',
  'setup.languages.parallelHint':
    'Si no, los demás idiomas siguen al idioma de negociación: los escriben el mediador y los servicios lingüísticos.',
  'setup.languages.error.emptyTag': 'Escriba una etiqueta de idioma, como sw o pt-BR.',
  'setup.languages.error.notATag': '«{tag}» no es una etiqueta de idioma (BCP 47) como sw o pt-BR.',
  'setup.languages.error.duplicate': '{language} figura dos veces: indique cada idioma una sola vez.',

  'setup.landing.legend': 'Idiomas del texto',
  'setup.landing.summaryOne': 'Redactado solo en {language}.',
  'setup.landing.summaryMany': 'Redactado en {language}, con versiones en {others}.',
  'setup.landing.open': 'Elegir idiomas',
  'setup.landing.close': 'Ocultar la elección de idiomas',
  'setup.landing.error': 'Revise los idiomas del texto.',

  'setup.console.section': 'Idiomas',
  'setup.console.hint':
    'Un idioma que contiene texto no se puede quitar, y el idioma de negociación no cambia una vez escrito texto en él.',
  'setup.console.save': 'Guardar idiomas',
  'setup.console.saving': 'Guardando…',
  'setup.console.discard': 'Descartar cambios',
  'setup.console.saved': 'Se guardaron los idiomas de la sesión.',
  'setup.console.invalid': 'Revise los idiomas de arriba antes de guardar.',
};
