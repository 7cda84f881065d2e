import type { Catalog } from './en.ts';

export const es: Catalog = {
  'language.label': 'Idioma',

  'copy.button': 'Copiar',
  'copy.label': 'Copiar el enlace: {what}',
  'copy.done': 'Copiado',
  'copy.failed': 'No se pudo copiar: seleccione el enlace y cópielo',

  'landing.lede': 'Una mesa común para negociaciones con mediación: un solo texto, todas las partes, en directo.',
  'landing.form.heading': 'Abrir una nueva sesión',
  'landing.form.title': 'Título',
  'landing.form.titlePlaceholder': 'p. ej., Conversaciones sobre la cuenca hidrográfica del norte',
  'landing.form.mediatorName': 'Su nombre (opcional)',
  'landing.form.create': 'Crear la sesión',
  'landing.form.creating': 'Creando…',
  'landing.form.error.title': 'Título: indique un título para la sesión (300 caracteres como máximo).',
  'landing.form.error.parties':
    'Partes: indique entre 1 y 32 partes, cada una una sola vez y con 200 caracteres como máximo.',
  'landing.form.error.mediatorName': 'Su nombre: 200 caracteres como máximo.',
  'landing.form.error.server': 'No se pudo abrir la sesión: {reason}',
  'landing.parties.legend': 'Partes',
  'landing.parties.hint': 'Un campo por parte (el nombre de la delegación, p. ej., un Estado o una organización).',
  'landing.parties.label': 'Parte {number}',
  'landing.parties.remove': 'Quitar',
  'landing.parties.removeLabel': 'Quitar la parte {number}',
  'landing.parties.removeLabelNamed': 'Quitar la parte {number} ({name})',
  'landing.parties.add': 'Añadir una parte',
  'landing.created.heading': 'La sesión «{title}» está abierta',
  'landing.created.instructions':
    'Envíe cada invitación a las personas a las que va dirigida: una invitación da acceso, con la función correspondiente, a quien la posea, por lo que debe compartirse de forma reservada. Abra usted mismo la invitación del mediador para entrar en la sala.',
  'landing.created.invites': '{count, plural, one {# invitación} other {# invitaciones}}',
  'landing.created.join': 'Entrar como mediador',
  'landing.created.another': 'Abrir otra sesión',
  'landing.invite.mediator': 'Mediador',
  'landing.invite.party': 'Delegación de {party}',
  'landing.invite.observers': 'Observadores',
  'landing.invite.languageServices': 'Servicios lingüísticos',

  'join.documentTitle': 'Unirse a una sesión · Parley',
  'join.lede': 'Se le invita a una sesión de mediación.',
  'join.noInvite.heading': 'Este enlace no contiene ninguna invitación',
  'join.noInvite.body':
    'Abra el enlace de invitación completo que le envió el mediador: termina en {marker} seguido de un código largo.',
  'join.continue.heading': 'Ya se ha unido a esta sesión',
  'join.continue.body':
    'En este navegador, usted es {name}, {role, select, mediator {el mediador} delegate {miembro de una delegación} observer {observador} languageServices {de los servicios lingüísticos} other {participante}}.',
  'join.continue.button': 'Continuar como {name}',
  'join.form.heading': 'Unirse a la sesión',
  'join.form.headingAgain': 'O volver a unirse con esta invitación',
  'join.form.name': 'Su nombre',
  'join.form.hint': 'Los demás lo ven junto a su cursor y en la lista de personas presentes.',
  'join.form.join': 'Unirse',
  'join.form.joining': 'Uniéndose…',
  'join.error.name': 'Su nombre: escriba el nombre que verán los demás (de 1 a 100 caracteres).',
  'join.error.invalid':
    'Este enlace de invitación no es válido ({reason}). Compruebe que abrió el enlace completo que se le envió.',
  'join.error.spent': 'Esta invitación ya no puede utilizarse ({reason}). Solicite una nueva al mediador.',
  'join.error.noSession': 'Esta sesión no existe ({reason}). Compruebe el enlace que se le envió.',
  'join.error.tooMany': 'Demasiados intentos desde esta dirección. Espere un minuto y vuelva a intentarlo.',
  'join.error.other': 'No se pudo unir a la sesión: {reason}',

  'connection.label': 'Conexión:',
  'connection.labelOf': 'Conexión de {label}:',
  'connection.status.connecting': 'conectando',
  'connection.status.online': 'en línea',
  'connection.status.reconnecting': 'reconectando',
  'connection.status.offline': 'sin conexión',
  'connection.hint.connecting': 'Conectando con la sesión…',
  'connection.hint.online': 'Conectado: sus cambios llegan a los demás en directo.',
  'connection.hint.reconnecting':
    'Se perdió la conexión; reintentando. Sus cambios se conservan y se enviarán cuando se restablezca.',
  'connection.hint.offline':
    'Sin conexión: sus cambios se conservan en este dispositivo y se enviarán al volver a conectarse.',
  'connection.stop.tooLarge':
    'Un cambio era demasiado grande para que el servidor lo aceptara ({reason}). Vuelva a cargar la página para continuar a partir de la copia del servidor.',
  'connection.stop.malformed':
    'El servidor no pudo leer lo que envió esta página ({reason}). Vuelva a cargar la página.',
  'connection.stop.unauthorized':
    'El servidor no aceptó su acceso a esta sesión ({reason}). Vuelva a abrir la sesión desde su enlace de invitación.',
  'connection.stop.notFound': 'Esta sesión no existe ({reason}). Compruebe el enlace que se le facilitó.',
  'connection.stop.removed': 'El mediador le retiró de esta sesión ({reason}).',
  'connection.stop.other': 'El servidor cerró la conexión ({reason}).',

  'room.bar.label': 'Sesión',
  'room.bar.showConsole': 'Mostrar la consola',
  'room.bar.hideConsole': 'Ocultar la consola',
  'room.bar.changesSince':
    '{count, plural, =0 {Ningún cambio desde su última visita} one {Cambios desde su última visita (#)} other {Cambios desde su última visita (#)}}',
  'room.export.summary': 'Descargar el proyecto',
  'room.export.preparing': 'Preparando…',
  'room.export.docx': 'Word (DOCX)',
  'room.export.md': 'Markdown',
  'room.export.html': 'Página lista para imprimir (HTML, guardar como PDF)',
  'room.export.json': 'Datos (JSON)',
  'room.export.akn': 'Akoma Ntoso (XML)',
  'room.you.prefix': 'Usted es',
  'room.you.role':
    '{role, select, mediator {Mediador} observer {Observador} delegate {Delegación de {party}} languageServices {Servicios lingüísticos} other {Miembro de una delegación}}',
};
