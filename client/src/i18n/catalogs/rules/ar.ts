import type { RulesCatalog } from './en.ts';

export const rulesAr: RulesCatalog = {
  'rule.write.readOnlyForRole':
    '{role, select, mediator {للقراءة فقط بالنسبة إلى الوسطاء} delegate {للقراءة فقط بالنسبة إلى الوفود} observer {للقراءة فقط بالنسبة إلى المراقبين} other {للقراءة فقط بالنسبة إلى خدمات اللغات}}',
  'rule.write.commandsOnly': 'لا يتغير إلا بأوامر إدارة الجلسة',
  'rule.write.frozen': 'الجلسة مجمدة',
  'rule.write.muted': 'قام الوسيط بكتم صوتك',
  'rule.write.ownPartyStatementsOnly': 'لا يكتب المندوبون إلا بيانات طرفهم',
  'rule.write.notAClause': 'ليس بندًا',
  'rule.write.notAVersion': 'ليس نسخة لغوية',
  'rule.write.notASessionLanguage': '{language} ليست (أو لم تعد) من لغات الجلسة',
  'rule.write.versionsFollowNegotiation': 'تتبع النسخ اللغوية لغة التفاوض: لا يكتبها إلا خدمات اللغات والوسيط',
  'rule.write.originalNotForLanguageServices': 'النص بلغة التفاوض هو الأصل: لا تكتبه خدمات اللغات',
  'rule.write.oneText': 'وضع النص الواحد: الوسيط وحده يحرر النص، والوفود تقترح',
  'rule.write.noSuchClause': 'لا يوجد هذا البند',
  'rule.write.locked': 'البند مقفل',
  'rule.write.underSilence': 'النص خاضع لإجراء الصمت: للقراءة فقط للجميع إلى أن يُكسر الصمت أو تنقضي المهلة',
  'rule.write.wordingFrozen': 'حالة البند «{status}»: صياغته للقراءة فقط للجميع إلى أن يعيد الوسيط فتحه',
  'rule.write.wordingSettled': 'حالة البند «{status}»',

  'rule.action':
    '{transition, select, propose {أن يُجعل مقترحًا} markPlaceholder {أن يُجعل محجوزًا} signOff {أن يُعتمد} confirmSignOff {أن يُؤكد اعتماده} withdrawSignOff {أن يُسحب اعتماده} agreeWithoutObjection {أن يُعلن متفقًا عليه} adopt {أن يُقر} reopen {أن يُعاد فتحه} other {أن يُسحب}}',
  'rule.roles': '{role, select, mediator {الوسطاء} delegate {الوفود} observer {المراقبين} other {خدمات اللغات}}',
  'rule.transition.roleMayNot': 'لا يمكن للبند {action} من قِبل {roles}.',
  'rule.transition.notOneText': 'لا يمكن للبند {action}: ما زال فيه {what}.',
  'rule.transition.wrongStatus': 'لا يمكن لبند حالته «{status}» {action}؛ يمكن ذلك فقط لبند حالته «{allowed}».',
  'rule.transition.reopenFirst': 'أعد فتحه أولًا.',
  'rule.transition.delegatesOnly': 'لا يقوم بذلك إلا مندوب أحد الأطراف.',
  'rule.transition.alreadySignedOff': 'اعتمد طرفك هذا البند بالفعل.',
  'rule.transition.noAdReferendumToConfirm': 'ليس لطرفك اعتماد رهن الاستشارة على هذا البند لتأكيده.',
  'rule.transition.notSignedOff': 'لم يعتمد طرفك هذا البند.',
  'rule.transition.alreadyStatus': 'حالة البند «{status}» بالفعل.',
  'rule.transition.bracketedByText':
    'يصبح البند بين أقواس معقوفة بحكم نصه: عندما توضع كلمات بين أقواس معقوفة أو يضاف خيار ثانٍ.',
  'rule.transition.agreedBySignOffs':
    'لا تصبح حالة البند «{status}» إلا عندما تعتمده جميع الأطراف (أو عندما يسجل الوسيط «متفق عليه دون اعتراض»).',
  'rule.transition.staysBracketed': 'يبقى البند بين أقواس معقوفة ما دام فيه {what}.',
  'rule.transition.versionsNotAligned':
    'لا يمكن للبند {action} ما دام نص ذو حجية غير مطابق: {versions}. على خدمات اللغات أو الوسيط مطابقته أولًا.',
  'rule.version.stale': 'النسخة {language} قديمة (تغير النص منذ مطابقتها)',
  'rule.version.missing': 'النسخة {language} ناقصة أو لم تُطابق قط',
  'rule.open.brackets':
    '{count, plural, zero {لا أقواس مفتوحة} one {قوس مفتوح واحد} two {قوسان مفتوحان} few {# أقواس مفتوحة} many {# قوسًا مفتوحًا} other {# قوس مفتوح}}: {list}',
  'rule.open.bracket': '«{words}» يمسكه {holder}',
  'rule.open.bracketInOption': '«{words}» يمسكه {holder} (في {option})',
  'rule.open.bracketSeparator': '؛ ',
  'rule.open.labelSeparator': '، ',
  'rule.open.and': '{first}، وكذلك {second}',
  'rule.open.suggestions':
    '{count, plural, zero {لا اقتراحات} one {اقتراح واحد معلق} two {اقتراحان معلقان} few {# اقتراحات معلقة} many {# اقتراحًا معلقًا} other {# اقتراح معلق}} من {name}',
  'rule.open.suggestionsMore':
    '{count, plural, zero {لا شيء} one {واحد} two {اثنان} few {#} many {#} other {#}} من {name}',
  'rule.open.mediator': 'الوسيط',
  'rule.open.otherParty': 'طرف آخر',
  'rule.open.options':
    '{count, plural, zero {لا خيارات} one {خيار واحد لم يُحسم} two {خياران لم يُحسما} few {# خيارات لم تُحسم} many {# خيارًا لم يُحسم} other {# خيار لم يُحسم}} ({labels})',
};
