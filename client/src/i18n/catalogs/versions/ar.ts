import type { VersionsCatalog } from './en.ts';

export const versionsAr: VersionsCatalog = {
  'versions.column.label': 'جنبًا إلى جنب مع',
  'versions.column.none': 'بلا لغة ثانية',
  'versions.column.original': '{language} (الأصل)',
  'versions.column.version': 'النسخة {language}',
  'versions.column.authentic': 'ذات حجية',
  'versions.column.convenience': 'ترجمة للتيسير',
  'versions.role.name': 'خدمات اللغات',
  'versions.role.hint':
    'أنت تعمل ضمن خدمات اللغات: تكتب النسخ في العمود الثاني وتطابقها مع {source}. النص الأصلي للقراءة فقط بالنسبة إليك.',
  'versions.role.oneLanguage': 'لهذه الجلسة لغة واحدة فقط: لا توجد نسخة لكتابتها بعد.',

  'versions.heading.label': 'عنوان البند {number} باللغة {language}',
  'versions.heading.placeholder': 'العنوان (اختياري)',
  'versions.body.label': 'نص البند {number} باللغة {language}',
  'versions.option.label': 'الخيار {index} من البند {number} باللغة {language}',
  'versions.option.title': 'الخيار {index}',
  'versions.notReady': 'النسخة {language} من هذا البند غير موجودة بعد: سينشئها الخادم بعد لحظات.',

  'versions.state.aligned': 'مطابقة مع {source} منذ {time}، بواسطة {name}',
  'versions.state.nothingYet': 'لا يوجد ما يُترجم بعد',
  'versions.state.stale': 'متقادمة: تغيّر نص {source} منذ مطابقته في {time}',
  'versions.state.staleVersion': 'متقادمة: تغيّرت هذه النسخة منذ مطابقتها في {time}',
  'versions.state.diffLabel': 'التغييرات في نص {source} منذ المطابقة',
  'versions.state.missingEmpty': 'ناقصة: لا نص في هذه النسخة بعد',
  'versions.state.missingUnaligned': 'ناقصة: لم تُطابَق قط مع {source}',
  'versions.state.blocks': 'يبقى الإقرار والاتفاق معلّقين حتى تُطابَق هذه النسخة.',

  'versions.brackets.label': 'أقواس النص الأصلي:',
  'versions.brackets.apply': 'وضع بين قوسين مثل «{words}» ({holder})',
  'versions.brackets.lift': 'إزالة القوسين',
  'versions.brackets.selectFirst': 'حدّد أولًا الكلمات المترجمة في النسخة.',

  'versions.align.button': 'مطابقة',
  'versions.align.label': 'مطابقة النسخة {language} من البند {number} مع {source}',
  'versions.align.refused': 'لم تتم المطابقة: {reason}',

  'versions.signOff.blocked': 'يبقى الإقرار معلّقًا حتى تُطابَق هذه النسخ: {languages}.',
};
