import type { ClosingCatalog } from './en.ts';

export const closingEs: ClosingCatalog = {
  'closing.title': 'Cerrar el acuerdo',
  'closing.provisional':
    'Nada está acordado hasta que todo esté acordado: las cláusulas acordadas siguen siendo provisionales hasta que se adopte el texto completo.',
  'closing.provisionalBadge': '(provisional)',
  'closing.propose': 'Proponer la adopción del texto completo',
  'closing.proposed': 'Se propone la adopción del texto completo. Aceptaciones: {accepted}.',
  'closing.none': 'ninguna todavía',
  'closing.acceptedBy':
    '{party}{adReferendum, select, yes { (ad referéndum{confirmed, select, yes {, confirmado por la capital} other {}})} other {}}',
  'closing.accept': 'Aceptar en nombre de {party}',
  'closing.acceptAdReferendum': 'Aceptar ad referéndum',
  'closing.confirm': 'Confirmar por la capital ({party})',
  'closing.adopted':
    'Texto adoptado: el texto completo se adoptó el {date}{underSilence, select, yes { por procedimiento de silencio} other {}}. Aceptaciones: {accepted}.',
  'closing.digest': 'SHA-256 del texto adoptado: {digest}',
  'closing.initials': 'Rubricado por: {initials}',
  'closing.initialled': '{name} ({party})',
  'closing.initial': 'Rubricar el texto adoptado en nombre de {party}',
  'closing.silence.running': 'Procedimiento de silencio: {what} es de solo lectura hasta el {time}.',
  'closing.silence.whole': 'el texto completo',
  'closing.silence.clauses': '{count, plural, one {la cláusula {list}} other {las cláusulas {list}}}',
  'closing.silence.left': 'Tiempo restante de silencio',
  'closing.silence.break': 'Romper el silencio',
  'closing.silence.explanation': 'Por qué su delegación rompe el silencio (todos los participantes lo leerán)',
  'closing.silence.send': 'Romper el silencio ahora',
  'closing.silence.broken': '{name}{hasParty, select, yes { ({party})} other {}} rompió el silencio: «{explanation}»',
  'closing.silence.kept': 'Se guardó silencio hasta el plazo.',
  'closing.silence.minutes': 'Minutos de silencio',
  'closing.silence.choose': 'Elegir cláusulas (ninguna: el texto completo)',
  'closing.silence.startChosen':
    '{count, plural, one {Someter # cláusula al silencio} other {Someter # cláusulas al silencio}}',
  'closing.silence.start': 'Someter el texto completo al procedimiento de silencio',
};
