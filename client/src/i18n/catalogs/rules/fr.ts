import type { RulesCatalog } from './en.ts';

export const rulesFr: RulesCatalog = {
  'rule.write.readOnlyForRole':
    '{role, select, mediator {Lecture seule pour les médiateurs} delegate {Lecture seule pour les délégations} observer {Lecture seule pour les observateurs} other {Lecture seule pour les services linguistiques}}',
  'rule.write.commandsOnly': 'Modifiable uniquement par les commandes de modération',
  'rule.write.frozen': 'La séance est gelée',
  'rule.write.muted': 'Le médiateur vous a rendu muet',
  'rule.write.ownPartyStatementsOnly': 'Les délégués n’écrivent que les déclarations de leur propre partie',
  'rule.write.notAClause': 'Ce n’est pas une clause',
  'rule.write.notAVersion': 'Ce n’est pas une version linguistique',
  'rule.write.notASessionLanguage': '{language} ne fait pas (ou plus) partie des langues de la séance',
  'rule.write.versionsFollowNegotiation':
    'Les versions linguistiques suivent la langue de négociation : seuls les services linguistiques et le médiateur les rédigent',
  'rule.write.originalNotForLanguageServices':
    'Le texte dans la langue de négociation est l’original : les services linguistiques ne le rédigent pas',
  'rule.write.oneText': 'Mode texte unique : seul le médiateur modifie le texte ; les délégations proposent',
  'rule.write.noSuchClause': 'Clause introuvable',
  'rule.write.locked': 'La clause est verrouillée',
  'rule.write.underSilence':
    'Le texte est soumis à la procédure d’accord tacite : lecture seule pour tous jusqu’à ce que le silence soit rompu ou que le délai expire',
  'rule.write.wordingFrozen':
    'La clause est « {status} » : son libellé est en lecture seule pour tous jusqu’à ce que le médiateur la rouvre',
  'rule.write.wordingSettled': 'La clause est « {status} »',

  'rule.action':
    '{transition, select, propose {être proposée} markPlaceholder {être réservée} signOff {être approuvée} confirmSignOff {voir son approbation confirmée} withdrawSignOff {voir son approbation retirée} agreeWithoutObjection {être déclarée adoptée sans objection} adopt {être adoptée} reopen {être rouverte} other {être retirée}}',
  'rule.roles':
    '{role, select, mediator {les médiateurs} delegate {les délégations} observer {les observateurs} other {les services linguistiques}}',
  'rule.transition.roleMayNot': 'Une clause ne peut pas {action} par {roles}.',
  'rule.transition.notOneText': 'La clause ne peut pas {action} : elle contient encore {what}.',
  'rule.transition.wrongStatus':
    'Une clause « {status} » ne peut pas {action} ; seule une clause « {allowed} » le peut.',
  'rule.transition.reopenFirst': 'Rouvrez-la d’abord.',
  'rule.transition.delegatesOnly': 'Seul un délégué d’une partie peut le faire.',
  'rule.transition.alreadySignedOff': 'Votre partie a déjà approuvé cette clause.',
  'rule.transition.noAdReferendumToConfirm':
    'Votre partie n’a pas d’approbation ad referendum à confirmer sur cette clause.',
  'rule.transition.notSignedOff': 'Votre partie n’a pas approuvé cette clause.',
  'rule.transition.alreadyStatus': 'La clause est déjà « {status} ».',
  'rule.transition.bracketedByText':
    'Une clause est entre crochets du fait de son texte : elle le devient lorsque des mots sont mis entre crochets ou qu’une seconde option est ajoutée.',
  'rule.transition.agreedBySignOffs':
    'Une clause devient « {status} » seulement lorsque toutes les parties l’approuvent (ou lorsque le médiateur constate « adoptée sans objection »).',
  'rule.transition.staysBracketed': 'La clause reste entre crochets tant qu’elle contient {what}.',
  'rule.transition.versionsNotAligned':
    'La clause ne peut pas {action} tant qu’un texte faisant foi n’est pas aligné : {versions}. Les services linguistiques ou le médiateur doivent d’abord l’aligner.',
  'rule.version.stale': 'la version en {language} est périmée (le texte a changé depuis son alignement)',
  'rule.version.missing': 'la version en {language} manque ou n’a jamais été alignée',
  'rule.open.brackets': '{count, plural, one {un crochet ouvert} other {# crochets ouverts}} : {list}',
  'rule.open.bracket': '« {words} » tenu par {holder}',
  'rule.open.bracketInOption': '« {words} » tenu par {holder} (dans {option})',
  'rule.open.bracketSeparator': ' ; ',
  'rule.open.labelSeparator': ', ',
  'rule.open.and': '{first}, et {second}',
  'rule.open.suggestions':
    '{count, plural, one {une suggestion en attente} other {# suggestions en attente}} de {name}',
  'rule.open.suggestionsMore': '{count, plural, one {une} other {#}} de {name}',
  'rule.open.mediator': 'le médiateur',
  'rule.open.otherParty': 'une autre partie',
  'rule.open.options':
    '{count, plural, one {une option non encore tranchée} other {# options non encore tranchées}} ({labels})',
};
