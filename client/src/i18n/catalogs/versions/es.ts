import type { VersionsCatalog } from './en.ts';

export const versionsEs: VersionsCatalog = {
  'versions.column.label': 'En paralelo con',
  'versions.column.none': 'Sin segundo idioma',
  'versions.column.original': '{language} (texto original)',
  'versions.column.version': 'Versión en {language}',
  'versions.column.authentic': 'auténtica',
  'versions.column.convenience': 'traducción de cortesía',
  'versions.role.name': 'Servicios lingüísticos',
  'versions.role.hint':
    'Usted trabaja como servicios lingüísticos: redacta las versiones en la segunda columna y las alinea con el texto en {source}. El texto original es de solo lectura para usted.',
  'versions.role.oneLanguage': 'Esta sesión tiene un solo idioma: todavía no hay ninguna versión que redactar.',

  'versions.heading.label': 'Título de la cláusula {number} en {language}',
  'versions.heading.placeholder': 'Título (opcional)',
  'versions.body.label': 'Texto de la cláusula {number} en {language}',
  'versions.option.label': 'Opción {index} de la cláusula {number} en {language}',
  'versions.option.title': 'Opción {index}',
  'versions.notReady': 'La versión en {language} de esta cláusula aún no existe: el servidor la crea en un momento.',

  'versions.state.aligned': 'Alineada con {source} desde {time}, por {name}',
  'versions.state.nothingYet': 'Todavía no hay nada que traducir',
  'versions.state.stale': 'Desfasada: el texto en {source} cambió desde que se alineó el {time}',
  'versions.state.staleVersion': 'Desfasada: esta versión cambió desde que se alineó el {time}',
  'versions.state.diffLabel': 'Cambios en el texto en {source} desde la alineación',
  'versions.state.missingEmpty': 'Falta: esta versión aún no tiene texto',
  'versions.state.missingUnaligned': 'Falta: nunca se alineó con {source}',
  'versions.state.blocks': 'La aprobación y el acuerdo esperan hasta que esta versión esté alineada.',

  'versions.brackets.label': 'Corchetes del original:',
  'versions.brackets.apply': 'Poner entre corchetes como «{words}» ({holder})',
  'versions.brackets.lift': 'Quitar corchetes',
  'versions.brackets.selectFirst': 'Seleccione primero las palabras traducidas en la versión.',

  'versions.align.button': 'Alinear',
  'versions.align.label': 'Alinear la versión en {language} de la cláusula {number} con {source}',
  'versions.align.refused': 'No se alineó: {reason}',

  'versions.signOff.blocked': 'La aprobación espera hasta que estas versiones estén alineadas: {languages}.',
};
