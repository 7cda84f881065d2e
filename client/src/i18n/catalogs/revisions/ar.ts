import type { RevisionsCatalog } from './en.ts';

export const revisionsAr: RevisionsCatalog = {
  'revisions.heading': 'النسخ المنقحة',
  'revisions.back': 'العودة إلى المشروع',
  'revisions.hint':
    'النصوص التي حفظها الوسيط في أثناء المحادثات. اختر نصين، أو نصًا والنص الحالي، لترى ما تغيّر بندًا بندًا. ويعيدك مفتاح Esc أيضًا.',
  'revisions.loading': 'جارٍ تحميل النسخ المنقحة…',
  'revisions.empty': 'لم تُحفظ أي نسخة منقحة بعد. يحفظها الوسيط من لوحة التحكم.',
  'revisions.table.caption': 'النسخ المنقحة المحفوظة، الأقدم أولًا',
  'revisions.table.revision': 'النسخة المنقحة',
  'revisions.table.saved': 'تاريخ الحفظ',
  'revisions.table.by': 'بواسطة',

  'revisions.compare.form': 'مقارنة نصين',
  'revisions.compare.from': 'مقارنة',
  'revisions.compare.to': 'مع',
  'revisions.compare.current': 'النص الحالي',
  'revisions.compare.language': 'اللغة',
  'revisions.compare.submit': 'قارن',

  'revisions.diff.comparing': 'جارٍ المقارنة…',
  'revisions.diff.currentText': 'النص الحالي',
  'revisions.diff.inLanguage': 'باللغة {language}',
  'revisions.diff.summary': 'التغييرات: {list}.',
  'revisions.diff.noChange': 'لا تغيير في النص.',
  'revisions.diff.changedCount':
    '{count, plural, zero {لا بنود معدّلة} one {بند واحد معدّل} two {بندان معدّلان} few {# بنود معدّلة} many {# بندًا معدّلًا} other {# بند معدّل}}',
  'revisions.diff.addedCount':
    '{count, plural, zero {لا بنود مضافة} one {بند واحد مضاف} two {بندان مضافان} few {# بنود مضافة} many {# بندًا مضافًا} other {# بند مضاف}}',
  'revisions.diff.removedCount':
    '{count, plural, zero {لا بنود محذوفة} one {بند واحد محذوف} two {بندان محذوفان} few {# بنود محذوفة} many {# بندًا محذوفًا} other {# بند محذوف}}',
  'revisions.diff.key': 'الكلمات المدرجة {underlined}، والكلمات المحذوفة {struckThrough}.',
  'revisions.diff.key.underlined': 'مسطّرة',
  'revisions.diff.key.struckThrough': 'مشطوبة',
  'revisions.diff.unchanged':
    '{count, plural, zero {لا بنود دون تغيير} one {بند واحد دون تغيير} two {بندان دون تغيير} few {# بنود دون تغيير} many {# بندًا دون تغيير} other {# بند دون تغيير}}: {numbers}',
  'revisions.diff.article': 'المادة {number}',
  'revisions.diff.removedFrom': '{clause} من {from}',
  'revisions.diff.noText': '(لا نص)',
  'revisions.change.added': 'مضاف',
  'revisions.change.removed': 'محذوف',
  'revisions.change.changed': 'معدّل',
  'revisions.change.unchanged': 'تغيّرت الحالة',
  'revisions.status.placeholder': 'عنصر نائب',
  'revisions.status.proposed': 'مقترح',
  'revisions.status.bracketed': 'بين قوسين معقوفين',
  'revisions.status.agreedAdReferendum': 'متفق عليه رهنًا بالاستشارة',
  'revisions.status.agreed': 'متفق عليه',
  'revisions.status.adopted': 'معتمد',
  'revisions.status.withdrawn': 'مسحوب',

  'revisions.export.languages': 'لغات النص',
  'revisions.export.language': 'النص باللغة',
  'revisions.export.beside': 'العمود الثاني باللغة',
  'revisions.export.besideNone': 'بلا لغة ثانية',
  'revisions.export.parallelOnly': 'لغتان جنبًا إلى جنب: في Word وصفحة الطباعة فقط.',
};
