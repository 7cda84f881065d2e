import type { NoticesCatalog } from './en.ts';

export const noticesFr: NoticesCatalog = {
  'notice.person': '{name} ({seat})',
  'notice.seat':
    '{role, select, mediator {médiateur} observer {observateur} languageServices {services linguistiques} other {{party}}}',
  'notice.someDelegation': 'une délégation',
  'notice.personGone': 'un participant qui ne figure plus au registre',
  'notice.partyGone': 'une partie qui ne participe plus à la session',
  'notice.server': 'le serveur',
  'notice.mediator': 'le médiateur',
  'notice.clause': '{preamble, select, yes {l’alinéa {number} du préambule} other {la clause {number}}}',
  'notice.clauseGone': 'une clause supprimée depuis',

  'notice.signOffsCleared':
    '{hasParties, select, yes {Les approbations de {parties}} other {Les approbations}} sur {clause} ont été levées{cause, select, version {, le texte {language} ayant été modifié par {changedBy}} text {, le texte ayant été modifié par {changedBy}} other {}}.',
  'notice.clauseReopened':
    '{by} a rouvert {clause}{hasReason, select, yes {, au motif suivant : « {reason} »} other {}}.',
  'notice.bracketLifted':
    '{by} a levé les crochets{hasLabel, select, yes { « {label} »} other {}}{hasNote, select, yes { ({note})} other {}}{hasHolder, select, yes { détenus par {holder}} other {}}{hasWords, select, yes { autour de « {words} »} other {}} dans {clause}.',
  'notice.bracketGiven':
    '{by} a attribué {count, plural, one {les crochets} other {# paires de crochets}}{hasWords, select, yes { autour de « {words} »} other {}}{hasFrom, select, yes {, détenus par {from},} other {}} dans {clause} à {to}.',
  'notice.floorGiven': '{by} a donné la parole à {next, select, yes {l’orateur suivant, {speaker}} other {{speaker}}}.',
  'notice.timeUp': 'Le temps de parole de {speaker} est écoulé.',
  'notice.muted': '{by} a coupé le micro de {participant}.',
  'notice.unmuted': '{by} a rétabli le micro de {participant}.',
  'notice.oneText': '{by} a {enabled, select, yes {activé} other {désactivé}} la procédure du texte unique.',
  'notice.freeze': '{by} a {frozen, select, yes {gelé} other {dégelé}} le texte.',
  'notice.textTabled':
    '{by} a déposé un projet{hasHeading, select, yes { « {heading} »} other {}}{origin, select, caucus { issu du caucus de {originName}} workingGroup { issu du groupe de travail « {originName} »} other {}} {as, select, clause {comme nouvelle clause, {clause}} option {comme option de {clause}} proposal {comme proposition de texte sur {clause}} other {en plénière}}.',
  'notice.suggestion':
    '{kind, select, deletion {la suppression de « {words} »} other {l’insertion de « {words} »}}{hasAuthor, select, yes { proposée par {author}} other {}}',
  'notice.suggestionsCounted':
    '{count, plural, =0 {{hasParty, select, yes {les suggestions de {party}} other {les suggestions}}} one {une suggestion} other {# suggestions}}',
  'notice.suggestionAccepted': '{by} a accepté {what} dans {clause}.',
  'notice.suggestionRejected': '{by} a rejeté {what} dans {clause}.',
  'notice.wholeText': 'l’ensemble du texte',
  'notice.adoption':
    '{event, select, proposed {{by} a proposé l’adoption de l’ensemble du texte} other {{by} a accepté le texte{hasParty, select, yes { au nom de {party}} other {}}{adReferendum, select, yes { ad referendum} other {}}{event, select, adopted {, et le texte a été adopté sous le titre « {revision} »} other {}}}}.',
  'notice.silence':
    '{event, select, started {{by} a soumis {what} à la procédure d’accord tacite{hasUntil, select, yes { jusqu’à {time} UTC le {date}} other {}}} broken {{by} a rompu le silence{hasParty, select, yes { au nom de {party}} other {}}{hasExplanation, select, yes { : « {explanation} »} other {}}} other {Le silence sur {what} a été observé jusqu’à l’échéance : {adopted, select, yes {le texte a été adopté sous le titre « {revision} »} other {{count, plural, one {la clause est approuvée} other {les clauses sont approuvées}}}}}}.',
};
