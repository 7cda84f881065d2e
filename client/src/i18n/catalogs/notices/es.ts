import type { NoticesCatalog } from './en.ts';

export const noticesEs: NoticesCatalog = {
  'notice.person': '{name} ({seat})',
  'notice.seat':
    '{role, select, mediator {mediador} observer {observador} languageServices {servicios lingüísticos} other {{party}}}',
  'notice.someDelegation': 'una delegación',
  'notice.personGone': 'un participante que ya no figura en el registro',
  'notice.partyGone': 'una parte que ya no participa en la sesión',
  'notice.server': 'el servidor',
  'notice.mediator': 'el mediador',
  'notice.clause': '{preamble, select, yes {el párrafo {number} del preámbulo} other {la cláusula {number}}}',
  'notice.clauseGone': 'una cláusula ya suprimida',

  'notice.signOffsCleared':
    '{hasParties, select, yes {Se retiraron las aprobaciones de {parties}} other {Se retiraron las aprobaciones}} en {clause}{cause, select, version {, porque {changedBy} modificó el texto en {language}} text {, porque {changedBy} modificó el texto} other {}}.',
  'notice.clauseReopened':
    '{by} reabrió {clause}{hasReason, select, yes {, por el siguiente motivo: «{reason}»} other {}}.',
  'notice.bracketLifted':
    '{by} retiró los corchetes{hasLabel, select, yes { «{label}»} other {}}{hasNote, select, yes { ({note})} other {}}{hasHolder, select, yes { pertenecientes a {holder}} other {}}{hasWords, select, yes { en torno a «{words}»} other {}} en {clause}.',
  'notice.bracketGiven':
    '{by} asignó {count, plural, one {los corchetes} other {# pares de corchetes}}{hasWords, select, yes { en torno a «{words}»} other {}}{hasFrom, select, yes {, pertenecientes a {from},} other {}} en {clause} a {to}.',
  'notice.floorGiven': '{by} dio la palabra {next, select, yes {al siguiente orador, {speaker}} other {a {speaker}}}.',
  'notice.timeUp': 'Se agotó el tiempo de palabra de {speaker}.',
  'notice.muted': '{by} silenció el micrófono de {participant}.',
  'notice.unmuted': '{by} reactivó el micrófono de {participant}.',
  'notice.oneText': '{by} {enabled, select, yes {activó} other {desactivó}} el procedimiento de texto único.',
  'notice.freeze': '{by} {frozen, select, yes {congeló} other {descongeló}} el texto.',
  'notice.textTabled':
    '{by} presentó un proyecto{hasHeading, select, yes { «{heading}»} other {}}{origin, select, caucus { del caucus de {originName}} workingGroup { del grupo de trabajo «{originName}»} other {}} {as, select, clause {como nueva cláusula, {clause}} option {como opción en {clause}} proposal {como propuesta de texto sobre {clause}} other {en el plenario}}.',
  'notice.suggestion':
    '{kind, select, deletion {la supresión de «{words}»} other {la inserción de «{words}»}}{hasAuthor, select, yes { propuesta por {author}} other {}}',
  'notice.suggestionsCounted':
    '{count, plural, =0 {{hasParty, select, yes {las sugerencias de {party}} other {las sugerencias}}} one {una sugerencia} other {# sugerencias}}',
  'notice.suggestionAccepted': '{by} aceptó {what} en {clause}.',
  'notice.suggestionRejected': '{by} rechazó {what} en {clause}.',
  'notice.wholeText': 'el texto completo',
  'notice.adoption':
    '{event, select, proposed {{by} propuso la adopción del texto completo} other {{by} aceptó el texto{hasParty, select, yes { en nombre de {party}} other {}}{adReferendum, select, yes { ad referéndum} other {}}{event, select, adopted {, y el texto quedó adoptado como «{revision}»} other {}}}}.',
  'notice.silence':
    '{event, select, started {{by} sometió {what} al procedimiento de silencio{hasUntil, select, yes { hasta las {time} UTC del {date}} other {}}} broken {{by} rompió el silencio{hasParty, select, yes { en nombre de {party}} other {}}{hasExplanation, select, yes {: «{explanation}»} other {}}} other {Se guardó silencio sobre {what} hasta el plazo: {adopted, select, yes {el texto quedó adoptado como «{revision}»} other {{count, plural, one {queda acordada} other {quedan acordadas}}}}}}.',
};
