import type { SetupCatalog } from './en.ts';

export const setupFr: SetupCatalog = {
  'setup.languages.negotiation': 'Langue de négociation',
  'setup.languages.negotiationHint':
    'Les clauses sont rédigées dans cette langue ; les autres langues en sont des versions.',
  'setup.languages.rowLabel': 'Langue {number}',
  'setup.languages.group.un': 'Langues officielles des Nations Unies',
  'setup.languages.group.common': 'Autres langues courantes',
  'setup.languages.other': 'Autre…',
  'setup.languages.tagLabel': '{label} : étiquette de langue (BCP 47)',
  'setup.languages.tagHint': 'Par exemple sw, pt-BR ou sr-Latn.',
  'setup.languages.authentic': 'Faisant foi',
  'setup.languages.authenticLabel': 'Faisant foi : {language}',
  'setup.languages.authenticHint':
    'Faisant foi : le texte dans cette langue fait également foi avec les autres, et sa version doit être alignée avant qu’une clause soit convenue. Non coché : une traduction de courtoisie, qui ne retarde jamais l’accord.',
  'setup.languages.remove': 'Retirer',
  'setup.languages.removeLabel': 'Retirer la langue : {language}',
  'setup.languages.add': 'Ajouter une langue',
  'setup.languages.limit': 'Une séance compte au plus {max} langues.',
  'setup.languages.parallel': 'Négociation en parallèle (les délégués écrivent dans toutes les langues)',
  'setup.languages.parallelHint':
    'Sinon, les autres langues suivent la langue de négociation : le médiateur et les services linguistiques les rédigent.',
  'setup.languages.error.emptyTag': 'Saisissez une étiquette de langue, par exemple sw ou pt-BR.',
  'setup.languages.error.notATag': '« {tag} » n’est pas une étiquette de langue (BCP 47) comme sw ou pt-BR.',
  'setup.languages.error.duplicate':
    'La langue « {language} » figure deux fois : indiquez chaque langue une seule fois.',

  'setup.landing.legend': 'Langues du texte',
  'setup.landing.summaryOne': 'Rédigé uniquement en {language}.',
  'setup.landing.summaryMany': 'Rédigé en {language}, avec des versions en {others}.',
  'setup.landing.open': 'Choisir les langues',
  'setup.landing.close': 'Masquer le choix des langues',
  'setup.landing.error': 'Vérifiez les langues du texte.',

  'setup.console.section': 'Langues',
  'setup.console.hint':
    'Une langue qui contient du texte ne peut pas être retirée, et la langue de négociation reste la même une fois du texte rédigé dans cette langue.',
  'setup.console.save': 'Enregistrer les langues',
  'setup.console.saving': 'Enregistrement…',
  'setup.console.discard': 'Annuler les modifications',
  'setup.console.saved': 'Les langues de la séance sont enregistrées.',
  'setup.console.invalid': 'Vérifiez les langues ci-dessus avant d’enregistrer.',
};
