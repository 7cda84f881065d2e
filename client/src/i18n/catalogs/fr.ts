import type { Catalog } from './en.ts';

export const fr: Catalog = {
  'language.label': 'Langue',

  'copy.button': 'Copier',
  'copy.label': 'Copier le lien : {what}',
  'copy.done': 'Copié',
  'copy.failed': 'Copie impossible : sélectionnez le lien et copiez-le',

  'landing.lede':
    'Une table commune pour les négociations avec médiation : un seul texte, toutes les parties, en direct.',
  'landing.form.heading': 'Ouvrir une nouvelle séance',
  'landing.form.title': 'Intitulé',
  'landing.form.titlePlaceholder': 'p. ex. Pourparlers sur le bassin hydrographique du Nord',
  'landing.form.mediatorName': 'Votre nom (facultatif)',
  'landing.form.create': 'Créer la séance',
  'landing.form.creating': 'Création…',
  'landing.form.error.title': 'Intitulé : donnez un intitulé à la séance (300 caractères au plus).',
  'landing.form.error.parties':
    'Parties : nommez de 1 à 32 parties, chacune une seule fois et en 200 caractères au plus.',
  'landing.form.error.mediatorName': 'Votre nom : 200 caractères au plus.',
  'landing.form.error.server': 'La séance n’a pas pu être ouverte : {reason}',
  'landing.parties.legend': 'Parties',
  'landing.parties.hint': 'Un champ par partie (le nom de la délégation, p. ex. un État ou une organisation).',
  'landing.parties.label': 'Partie {number}',
  'landing.parties.remove': 'Retirer',
  'landing.parties.removeLabel': 'Retirer la partie {number}',
  'landing.parties.removeLabelNamed': 'Retirer la partie {number} ({name})',
  'landing.parties.add': 'Ajouter une partie',
  'landing.created.heading': 'La séance « {title} » est ouverte',
  'landing.created.instructions':
    'Adressez chaque invitation aux personnes auxquelles elle est destinée : une invitation donne accès, avec le rôle correspondant, à quiconque la détient ; transmettez-la donc de manière confidentielle. Ouvrez vous-même l’invitation du médiateur pour entrer dans la salle.',
  'landing.created.invites': '{count, plural, one {# invitation} other {# invitations}}',
  'landing.created.join': 'Entrer comme médiateur',
  'landing.created.another': 'Ouvrir une autre séance',
  'landing.invite.mediator': 'Médiateur',
  'landing.invite.party': 'Délégation de {party}',
  'landing.invite.observers': 'Observateurs',
  'landing.invite.languageServices': 'Services linguistiques',

  'join.documentTitle': 'Rejoindre une séance · Parley',
  'join.lede': 'Vous êtes invité(e) à une séance de médiation.',
  'join.noInvite.heading': 'Ce lien ne contient pas d’invitation',
  'join.noInvite.body':
    'Ouvrez le lien d’invitation complet que le médiateur vous a envoyé : il se termine par {marker} suivi d’un long code.',
  'join.continue.heading': 'Vous avez déjà rejoint cette séance',
  'join.continue.body':
    'Dans ce navigateur, vous êtes {name}, {role, select, mediator {le médiateur} delegate {membre d’une délégation} observer {observateur} languageServices {des services linguistiques} other {participant}}.',
  'join.continue.button': 'Continuer en tant que {name}',
  'join.form.heading': 'Rejoindre la séance',
  'join.form.headingAgain': 'Ou rejoindre à nouveau avec cette invitation',
  'join.form.name': 'Votre nom',
  'join.form.hint': 'Les autres le voient à côté de votre curseur et dans la liste des personnes présentes.',
  'join.form.join': 'Rejoindre',
  'join.form.joining': 'Connexion…',
  'join.error.name': 'Votre nom : indiquez le nom que les autres verront (de 1 à 100 caractères).',
  'join.error.invalid':
    'Ce lien d’invitation n’est pas valide ({reason}). Vérifiez que vous avez ouvert le lien complet qui vous a été envoyé.',
  'join.error.spent': 'Cette invitation ne peut plus être utilisée ({reason}). Demandez-en une nouvelle au médiateur.',
  'join.error.noSession': 'Cette séance n’existe pas ({reason}). Vérifiez le lien qui vous a été envoyé.',
  'join.error.tooMany': 'Trop de tentatives depuis cette adresse. Patientez une minute, puis réessayez.',
  'join.error.other': 'Impossible de rejoindre la séance : {reason}',

  'connection.label': 'Connexion :',
  'connection.labelOf': 'Connexion – {label} :',
  'connection.status.connecting': 'connexion',
  'connection.status.online': 'en ligne',
  'connection.status.reconnecting': 'reconnexion',
  'connection.status.offline': 'hors ligne',
  'connection.hint.connecting': 'Connexion à la séance…',
  'connection.hint.online': 'Connecté : vos modifications parviennent aux autres en direct.',
  'connection.hint.reconnecting':
    'Connexion perdue ; nouvelle tentative en cours. Vos modifications sont conservées et seront envoyées dès son rétablissement.',
  'connection.hint.offline':
    'Hors ligne : vos modifications sont conservées sur cet appareil et seront envoyées à la reconnexion.',
  'connection.stop.tooLarge':
    'Une modification était trop volumineuse pour être acceptée par le serveur ({reason}). Rechargez la page pour reprendre à partir de la copie du serveur.',
  'connection.stop.malformed': 'Le serveur n’a pas pu lire ce que cette page a envoyé ({reason}). Rechargez la page.',
  'connection.stop.unauthorized':
    'Le serveur n’a pas accepté votre accès à cette séance ({reason}). Rouvrez la séance à partir de votre lien d’invitation.',
  'connection.stop.notFound': 'Cette séance n’existe pas ({reason}). Vérifiez le lien qui vous a été communiqué.',
  'connection.stop.removed': 'Le médiateur vous a retiré de cette séance ({reason}).',
  'connection.stop.other': 'Le serveur a fermé la connexion ({reason}).',

  'room.bar.label': 'Séance',
  'room.bar.showConsole': 'Afficher la console',
  'room.bar.hideConsole': 'Masquer la console',
  'room.bar.changesSince':
    '{count, plural, =0 {Aucune modification depuis votre dernière visite} one {Modification depuis votre dernière visite (#)} other {Modifications depuis votre dernière visite (#)}}',
  'room.export.summary': 'Télécharger le projet',
  'room.export.preparing': 'Préparation…',
  'room.export.docx': 'Word (DOCX)',
  'room.export.md': 'Markdown',
  'room.export.html': 'Page prête à imprimer (HTML, à enregistrer en PDF)',
  'room.export.json': 'Données (JSON)',
  'room.export.akn': 'Akoma Ntoso (XML)',
  'room.you.prefix': 'Vous êtes',
  'room.you.role':
    '{role, select, mediator {Médiateur} observer {Observateur} delegate {Délégation de {party}} languageServices {Services linguistiques} other {Membre d’une délégation}}',
};
