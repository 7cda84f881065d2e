import type { ClosingCatalog } from './en.ts';

export const closingAr: ClosingCatalog = {
  'closing.title': 'إبرام الاتفاق',
  'closing.provisional':
    'لا يُتفق على شيء حتى يُتفق على كل شيء: تبقى البنود المتفق عليها مؤقتة إلى أن يُعتمد النص بأكمله.',
  'closing.provisionalBadge': '(مؤقتًا)',
  'closing.propose': 'اقتراح اعتماد النص بأكمله',
  'closing.proposed': 'النص بأكمله مقترح للاعتماد. القبول حتى الآن: {accepted}.',
  'closing.none': 'لا أحد بعد',
  'closing.acceptedBy':
    '{party}{adReferendum, select, yes { (رهنًا بالاستشارة{confirmed, select, yes {، أكدته العاصمة} other {}})} other {}}',
  'closing.accept': 'القبول باسم {party}',
  'closing.acceptAdReferendum': 'القبول رهنًا بالاستشارة',
  'closing.confirm': 'التأكيد باسم العاصمة ({party})',
  'closing.adopted':
    'النص المعتمد: اعتُمد النص بأكمله في {date}{underSilence, select, yes { بإجراء الصمت} other {}}. القبول: {accepted}.',
  'closing.digest': 'SHA-256 للنص المعتمد: {digest}',
  'closing.initials': 'بالأحرف الأولى: {initials}',
  'closing.initialled': '{name} ({party})',
  'closing.initial': 'التوقيع بالأحرف الأولى على النص المعتمد باسم {party}',
  'closing.silence.running': 'إجراء الصمت: {what} للقراءة فقط حتى {time}.',
  'closing.silence.whole': 'النص بأكمله',
  'closing.silence.clauses':
    '{count, plural, zero {البنود {list}} one {البند {list}} two {البندان {list}} few {البنود {list}} many {البنود {list}} other {البنود {list}}}',
  'closing.silence.left': 'الوقت المتبقي من الصمت',
  'closing.silence.break': 'كسر الصمت',
  'closing.silence.explanation': 'لماذا يكسر وفدكم الصمت (سيقرؤه جميع المشاركين)',
  'closing.silence.send': 'كسر الصمت الآن',
  'closing.silence.broken': 'كسر {name}{hasParty, select, yes { ({party})} other {}} الصمت: «{explanation}»',
  'closing.silence.kept': 'رُوعي الصمت حتى انقضاء المهلة.',
  'closing.silence.minutes': 'دقائق الصمت',
  'closing.silence.choose': 'اختيار البنود (إن لم يُختر شيء: النص بأكمله)',
  'closing.silence.startChosen':
    '{count, plural, zero {إخضاع # بنود لإجراء الصمت} one {إخضاع بند واحد لإجراء الصمت} two {إخضاع بندين لإجراء الصمت} few {إخضاع # بنود لإجراء الصمت} many {إخضاع # بندًا لإجراء الصمت} other {إخضاع # بند لإجراء الصمت}}',
  'closing.silence.start': 'إخضاع النص بأكمله لإجراء الصمت',
};
