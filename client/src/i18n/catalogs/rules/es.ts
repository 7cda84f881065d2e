import type { RulesCatalog } from './en.ts';

export const rulesEs: RulesCatalog = {
  'rule.write.readOnlyForRole':
    '{role, select, mediator {Solo lectura para los mediadores} delegate {Solo lectura para las delegaciones} observer {Solo lectura para los observadores} other {Solo lectura para los servicios lingüísticos}}',
  'rule.write.commandsOnly': 'Se modifica solo mediante comandos de moderación',
  'rule.write.frozen': 'La sesión está congelada',
  'rule.write.muted': 'El mediador le ha silenciado',
  'rule.write.ownPartyStatementsOnly': 'Los delegados solo escriben las declaraciones de su propia parte',
  'rule.write.notAClause': 'No es una cláusula',
  'rule.write.notAVersion': 'No es una versión lingüística',
  'rule.write.notASessionLanguage': '{language} no es (o ya no es) uno de los idiomas de la sesión',
  'rule.write.versionsFollowNegotiation':
    'Las versiones lingüísticas siguen el idioma de negociación: solo los servicios lingüísticos y el mediador las redactan',
  'rule.write.originalNotForLanguageServices':
    'El texto en el idioma de negociación es el original: los servicios lingüísticos no lo redactan',
  'rule.write.oneText': 'Modo de texto único: solo el mediador edita el texto; las delegaciones sugieren',
  'rule.write.noSuchClause': 'No existe esa cláusula',
  'rule.write.locked': 'La cláusula está bloqueada',
  'rule.write.underSilence':
    'El texto está sometido al procedimiento de silencio: solo lectura para todos hasta que se rompa el silencio o venza el plazo',
  'rule.write.wordingFrozen':
    'La cláusula está «{status}»: su redacción es de solo lectura para todos hasta que el mediador la reabra',
  'rule.write.wordingSettled': 'La cláusula está «{status}»',

  'rule.action':
    '{transition, select, propose {pasar a Propuesta} markPlaceholder {pasar a Reservada} signOff {ser aprobada} confirmSignOff {confirmar una aprobación} withdrawSignOff {retirar una aprobación} agreeWithoutObjection {declararse acordada} adopt {ser adoptada} reopen {reabrirse} other {retirarse}}',
  'rule.roles':
    '{role, select, mediator {los mediadores} delegate {las delegaciones} observer {los observadores} other {los servicios lingüísticos}}',
  'rule.transition.roleMayNot': 'Una cláusula no puede {action} por {roles}.',
  'rule.transition.notOneText': 'La cláusula no puede {action}: todavía tiene {what}.',
  'rule.transition.wrongStatus': 'Una cláusula «{status}» no puede {action}; solo puede una «{allowed}».',
  'rule.transition.reopenFirst': 'Reábrala primero.',
  'rule.transition.delegatesOnly': 'Solo un delegado de una parte puede hacerlo.',
  'rule.transition.alreadySignedOff': 'Su parte ya aprobó esta cláusula.',
  'rule.transition.noAdReferendumToConfirm':
    'Su parte no tiene una aprobación ad referendum que confirmar en esta cláusula.',
  'rule.transition.notSignedOff': 'Su parte no ha aprobado esta cláusula.',
  'rule.transition.alreadyStatus': 'La cláusula ya está «{status}».',
  'rule.transition.bracketedByText':
    'Una cláusula está entre corchetes por su texto: lo está cuando se ponen palabras entre corchetes o se añade una segunda opción.',
  'rule.transition.agreedBySignOffs':
    'Una cláusula pasa a «{status}» solo cuando todas las partes la aprueban (o cuando el mediador registra «acordada sin objeción»).',
  'rule.transition.staysBracketed': 'La cláusula sigue entre corchetes mientras tenga {what}.',
  'rule.transition.versionsNotAligned':
    'La cláusula no puede {action} mientras un texto auténtico no esté alineado: {versions}. Los servicios lingüísticos o el mediador deben alinearlo primero.',
  'rule.version.stale': 'la versión en {language} está desactualizada (el texto cambió desde que se alineó)',
  'rule.version.missing': 'la versión en {language} falta o nunca se alineó',
  'rule.open.brackets': '{count, plural, one {un corchete abierto} other {# corchetes abiertos}}: {list}',
  'rule.open.bracket': '«{words}» mantenido por {holder}',
  'rule.open.bracketInOption': '«{words}» mantenido por {holder} (en {option})',
  'rule.open.bracketSeparator': '; ',
  'rule.open.labelSeparator': ', ',
  'rule.open.and': '{first}, y {second}',
  'rule.open.suggestions': '{count, plural, one {una sugerencia pendiente} other {# sugerencias pendientes}} de {name}',
  'rule.open.suggestionsMore': '{count, plural, one {una} other {#}} de {name}',
  'rule.open.mediator': 'el mediador',
  'rule.open.otherParty': 'otra parte',
  'rule.open.options':
    '{count, plural, one {una opción aún sin decidir} other {# opciones aún sin decidir}} ({labels})',
};
