import type { VersionsCatalog } from './en.ts';

export const versionsFr: VersionsCatalog = {
  'versions.column.label': 'En regard de',
  'versions.column.none': 'Pas de seconde langue',
  'versions.column.original': '{language} (texte original)',
  'versions.column.version': 'Version en {language}',
  'versions.column.authentic': 'faisant foi',
  'versions.column.convenience': 'traduction de courtoisie',
  'versions.role.name': 'Services linguistiques',
  'versions.role.hint':
    'Vous travaillez comme services linguistiques : vous rédigez les versions dans la seconde colonne et les alignez sur le texte en {source}. Le texte original est pour vous en lecture seule.',
  'versions.role.oneLanguage': 'Cette session n’a qu’une langue : il n’y a encore aucune version à rédiger.',

  'versions.heading.label': 'Titre de la clause {number} en {language}',
  'versions.heading.placeholder': 'Titre (facultatif)',
  'versions.body.label': 'Texte de la clause {number} en {language}',
  'versions.option.label': 'Option {index} de la clause {number} en {language}',
  'versions.option.title': 'Variante {index}',
  'versions.notReady':
    'La version en {language} de cette clause n’existe pas encore : le serveur la crée dans un instant.',

  'versions.state.aligned': 'Alignée sur {source} depuis le {time}, par {name}',
  'versions.state.nothingYet': 'Rien à traduire pour l’instant',
  'versions.state.stale': 'Périmée : le texte en {source} a changé depuis son alignement le {time}',
  'versions.state.staleVersion': 'Périmée : cette version a changé depuis son alignement le {time}',
  'versions.state.diffLabel': 'Modifications du texte en {source} depuis l’alignement',
  'versions.state.missingEmpty': 'Manquante : cette version n’a pas encore de texte',
  'versions.state.missingUnaligned': 'Manquante : jamais alignée sur {source}',
  'versions.state.blocks': 'L’approbation et l’accord attendent que cette version soit alignée.',

  'versions.brackets.label': 'Crochets de l’original :',
  'versions.brackets.apply': 'Mettre entre crochets comme « {words} » ({holder})',
  'versions.brackets.lift': 'Retirer les crochets',
  'versions.brackets.selectFirst': 'Sélectionnez d’abord les mots traduits dans la version.',

  'versions.align.button': 'Aligner',
  'versions.align.label': 'Aligner la version en {language} de la clause {number} sur {source}',
  'versions.align.refused': 'Non alignée : {reason}',

  'versions.signOff.blocked': 'L’approbation attend que ces versions soient alignées : {languages}.',
};
