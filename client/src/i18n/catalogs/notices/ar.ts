import type { NoticesCatalog } from './en.ts';

export const noticesAr: NoticesCatalog = {
  'notice.person': '{name} ({seat})',
  'notice.seat': '{role, select, mediator {الوسيط} observer {مراقب} languageServices {خدمات اللغات} other {{party}}}',
  'notice.someDelegation': 'وفد',
  'notice.personGone': 'مشارك لم يعد مسجلاً',
  'notice.partyGone': 'طرف لم يعد في الدورة',
  'notice.server': 'الخادم',
  'notice.mediator': 'الوسيط',
  'notice.clause': '{preamble, select, yes {فقرة الديباجة {number}} other {البند {number}}}',
  'notice.clauseGone': 'بند حُذف لاحقاً',

  'notice.signOffsCleared':
    'أُلغيت {hasParties, select, yes {موافقات {parties}} other {الموافقات}} على {clause}{cause, select, version {، لأن {changedBy} عدّل النص باللغة {language}} text {، لأن {changedBy} عدّل النص} other {}}.',
  'notice.clauseReopened': 'أعاد {by} فتح {clause}{hasReason, select, yes {، والسبب: «{reason}»} other {}}.',
  'notice.bracketLifted':
    'أزال {by} الأقواس المعقوفة{hasLabel, select, yes { «{label}»} other {}}{hasNote, select, yes { ({note})} other {}}{hasHolder, select, yes { التي يحملها {holder}} other {}}{hasWords, select, yes { حول «{words}»} other {}} في {clause}.',
  'notice.bracketGiven':
    'أسند {by} {count, plural, zero {# أقواس معقوفة} one {الأقواس المعقوفة} two {زوجين من الأقواس المعقوفة} few {# أزواج من الأقواس المعقوفة} many {# زوجاً من الأقواس المعقوفة} other {# زوج من الأقواس المعقوفة}}{hasWords, select, yes { حول «{words}»} other {}}{hasFrom, select, yes { التي كان يحملها {from}} other {}} في {clause} إلى {to}.',
  'notice.floorGiven': 'أعطى {by} الكلمة {next, select, yes {للمتكلم التالي، {speaker}} other {إلى {speaker}}}.',
  'notice.timeUp': 'انتهى وقت الكلام المخصص لـ {speaker}.',
  'notice.muted': 'كتم {by} صوت {participant}.',
  'notice.unmuted': 'أعاد {by} تشغيل صوت {participant}.',
  'notice.oneText': '{enabled, select, yes {فعّل {by} إجراء النص الواحد} other {أوقف {by} إجراء النص الواحد}}.',
  'notice.freeze': '{frozen, select, yes {جمّد {by} النص} other {ألغى {by} تجميد النص}}.',
  'notice.textTabled':
    'قدّم {by} مشروعاً{hasHeading, select, yes { «{heading}»} other {}}{origin, select, caucus { من اجتماع التشاور الخاص بـ {originName}} workingGroup { من الفريق العامل «{originName}»} other {}} {as, select, clause {بوصفه بنداً جديداً، {clause}} option {بوصفه خياراً في {clause}} proposal {بوصفه مقترحاً نصياً بشأن {clause}} other {في الجلسة العامة}}.',
  'notice.suggestion':
    '{kind, select, deletion {حذف «{words}»} other {إدراج «{words}»}}{hasAuthor, select, yes { المقترح من {author}} other {}}',
  'notice.suggestionsCounted':
    '{count, plural, =0 {{hasParty, select, yes {اقتراحات {party}} other {الاقتراحات}}} zero {# اقتراحات} one {اقتراحاً واحداً} two {اقتراحين} few {# اقتراحات} many {# اقتراحاً} other {# اقتراح}}',
  'notice.suggestionAccepted': 'قبل {by} {what} في {clause}.',
  'notice.suggestionRejected': 'رفض {by} {what} في {clause}.',
  'notice.wholeText': 'النص بأكمله',
  'notice.adoption':
    '{event, select, proposed {اقترح {by} اعتماد النص بأكمله} other {قبل {by} النص{hasParty, select, yes { باسم {party}} other {}}{adReferendum, select, yes { رهنًا بالاستشارة} other {}}{event, select, adopted {، واعتُمد النص بعنوان «{revision}»} other {}}}}.',
  'notice.silence':
    '{event, select, started {أخضع {by} {what} لإجراء الصمت{hasUntil, select, yes { حتى الساعة {time} بالتوقيت العالمي في {date}} other {}}} broken {كسر {by} الصمت{hasParty, select, yes { باسم {party}} other {}}{hasExplanation, select, yes {: «{explanation}»} other {}}} other {رُوعي الصمت بشأن {what} حتى انقضاء المهلة: {adopted, select, yes {اعتُمد النص بعنوان «{revision}»} other {{count, plural, zero {البنود متفق عليها} one {البند متفق عليه} two {البندان متفق عليهما} few {البنود متفق عليها} many {البنود متفق عليها} other {البنود متفق عليها}}}}}}.',
};
