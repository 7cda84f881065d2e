import type { ClosingCatalog } from './en.ts';

export const closingFr: ClosingCatalog = {
  'closing.title': 'Conclure l’accord',
  'closing.provisional':
    'Rien n’est convenu tant que tout n’est pas convenu : les clauses approuvées restent provisoires jusqu’à l’adoption de l’ensemble du texte.',
  'closing.provisionalBadge': '(provisoire)',
  'closing.propose': 'Proposer l’adoption de l’ensemble du texte',
  'closing.proposed': 'L’ensemble du texte est proposé pour adoption. Acceptations : {accepted}.',
  'closing.none': 'aucune pour l’instant',
  'closing.acceptedBy':
    '{party}{adReferendum, select, yes { (ad referendum{confirmed, select, yes {, confirmé par la capitale} other {}})} other {}}',
  'closing.accept': 'Accepter au nom de {party}',
  'closing.acceptAdReferendum': 'Accepter ad referendum',
  'closing.confirm': 'Confirmer pour la capitale ({party})',
  'closing.adopted':
    'Texte adopté : l’ensemble du texte a été adopté le {date}{underSilence, select, yes { par accord tacite} other {}}. Acceptations : {accepted}.',
  'closing.digest': 'SHA-256 du texte adopté : {digest}',
  'closing.initials': 'Paraphé par : {initials}',
  'closing.initialled': '{name} ({party})',
  'closing.initial': 'Parapher le texte adopté au nom de {party}',
  'closing.silence.running': 'Procédure d’accord tacite : {what} est en lecture seule jusqu’au {time}.',
  'closing.silence.whole': 'l’ensemble du texte',
  'closing.silence.clauses': '{count, plural, one {la clause {list}} other {les clauses {list}}}',
  'closing.silence.left': 'Temps restant avant la fin du silence',
  'closing.silence.break': 'Rompre le silence',
  'closing.silence.explanation': 'Pourquoi votre délégation rompt le silence (tous les participants le liront)',
  'closing.silence.send': 'Rompre le silence maintenant',
  'closing.silence.broken':
    'Le silence a été rompu par {name}{hasParty, select, yes { ({party})} other {}} : « {explanation} »',
  'closing.silence.kept': 'Le silence a été observé jusqu’à l’échéance.',
  'closing.silence.minutes': 'Minutes de silence',
  'closing.silence.choose': 'Choisir des clauses (aucune : l’ensemble du texte)',
  'closing.silence.startChosen':
    '{count, plural, one {Soumettre # clause à l’accord tacite} other {Soumettre # clauses à l’accord tacite}}',
  'closing.silence.start': 'Soumettre l’ensemble du texte à l’accord tacite',
};
