/** The languages written right to left in Arabic script: Arabic, Persian, Dari, Pashto, Urdu. */
import type { NoticeTexts } from './notice-shape.ts';

export const arabic: NoticeTexts = {
  subject: (code) => `أخبار جديدة عن طلبك ${code}`,
  whatHappened: (code, change) => `طلبك ${code} ${change}`,
  changes: {
    requested: 'تم استلامه.',
    accepted: 'تم قبوله. ستتصل بك الخدمة.',
    rejected: 'لم تتمكن هذه الخدمة من قبوله.',
    'in-progress': 'يجري العمل عليه.',
    'on-hold': 'في الانتظار حاليًا.',
    completed: 'تم إنجازه.',
    failed: 'تعذّر إنجازه.',
    cancelled: 'تم إيقافه.',
    forwarded: 'تم تحويله إلى خدمة أخرى تستطيع مساعدتك بشكل أفضل.',
  },
  whereToLook:
    'لمعرفة التفاصيل، افتح رابطك الخاص الذي حصلت عليه عندما أرسلت طلبك. يمكنك من خلاله أيضًا إيقاف طلبك، وهذا يحذف بياناتك الشخصية.',
};

export const persian: NoticeTexts = {
  subject: (code) => `خبر تازه درباره درخواست شما با کد پیگیری ${code}`,
  whatHappened: (code, change) => `درخواست شما با کد پیگیری ${code} ${change}`,
  changes: {
    requested: 'دریافت شد.',
    accepted: 'پذیرفته شد. این خدمت با شما تماس می‌گیرد.',
    rejected: 'را این خدمت نتوانست بپذیرد.',
    'in-progress': 'در حال رسیدگی است.',
    'on-hold': 'فعلاً در انتظار است.',
    completed: 'انجام شد.',
    failed: 'انجام نشد.',
    cancelled: 'متوقف شد.',
    forwarded: 'به خدمت دیگری فرستاده شد که بهتر می‌تواند به شما کمک کند.',
  },
  whereToLook:
    'برای دیدن جزئیات، پیوند خصوصی‌ای را که هنگام فرستادن درخواست گرفتید باز کنید. با همین پیوند می‌توانید درخواستتان را متوقف هم کنید؛ با این کار اطلاعات شخصی شما پاک می‌شود.',
};

/** Dari: Afghan wording (لینک, کود, معلومات, قبول), not Persian's (پیوند, کد, اطلاعات, پذیرفته). */
export const dari: NoticeTexts = {
  subject: (code) => `خبر تازه در مورد درخواست شما با کود پیگیری ${code}`,
  whatHappened: (code, change) => `درخواست شما با کود پیگیری ${code} ${change}`,
  changes: {
    requested: 'دریافت شد.',
    accepted: 'قبول شد. این خدمت با شما تماس می‌گیرد.',
    rejected: 'را این خدمت نتوانست قبول کند.',
    'in-progress': 'در جریان است.',
    'on-hold': 'فعلاً در انتظار است.',
    completed: 'انجام شد.',
    failed: 'انجام نشد.',
    cancelled: 'متوقف شد.',
    forwarded: 'به یک خدمت دیگر فرستاده شد که بهتر می‌تواند به شما کمک کند.',
  },
  whereToLook:
    'برای دیدن جزئیات، لینک شخصی را که هنگام فرستادن درخواست گرفتید باز کنید. با همین لینک می‌توانید درخواست‌تان را متوقف هم کنید؛ با این کار معلومات شخصی شما پاک می‌شود.',
};

export const pashto: NoticeTexts = {
  subject: (code) => `ستاسو د ${code} غوښتنې په اړه نوی خبر`,
  whatHappened: (code, change) => `ستاسو غوښتنه ${code} ${change}`,
  changes: {
    requested: 'ترلاسه شوه.',
    accepted: 'ومنل شوه. خدمت به اړیکه درسره ونیسي.',
    rejected: 'ونه منل شوه. دا خدمت پکې مرسته نه شي کولی.',
    'in-progress': 'کار پرې روان دی.',
    'on-hold': 'اوس مهال په تمه ده.',
    completed: 'بشپړه شوه.',
    failed: 'سرته ونه رسېده.',
    cancelled: 'ودرول شوه.',
    forwarded: 'بل داسې خدمت ته ولېږل شوه چې له تاسو سره ښه مرسته کولی شي.',
  },
  whereToLook:
    'د جزئیاتو لیدو لپاره، هغه شخصي لینک پرانیزئ چې د غوښتنې د لېږلو پر وخت مو ترلاسه کړ. له هماغه لینک څخه خپله غوښتنه ودرولی هم شئ؛ دا کار ستاسو شخصي معلومات پاکوي.',
};

export const urdu: NoticeTexts = {
  subject: (code) => `آپ کی درخواست ${code} کے بارے میں نئی خبر`,
  whatHappened: (code, change) => `آپ کی درخواست ${code} ${change}`,
  changes: {
    requested: 'موصول ہو گئی ہے۔',
    accepted: 'قبول ہو گئی ہے۔ خدمت آپ سے رابطہ کرے گی۔',
    rejected: 'اس خدمت کی طرف سے قبول نہیں ہو سکی۔',
    'in-progress': 'پر کام جاری ہے۔',
    'on-hold': 'فی الحال رکی ہوئی ہے۔',
    completed: 'مکمل ہو گئی ہے۔',
    failed: 'مکمل نہیں ہو سکی۔',
    cancelled: 'روک دی گئی ہے۔',
    forwarded: 'کسی دوسری خدمت کو بھیج دی گئی ہے جو آپ کی بہتر مدد کر سکتی ہے۔',
  },
  whereToLook:
    'تفصیلات دیکھنے کے لیے وہ نجی لنک کھولیں جو آپ کو درخواست بھیجتے وقت ملا تھا۔ وہاں سے آپ اپنی درخواست روک بھی سکتے ہیں، جس سے آپ کی ذاتی معلومات مٹ جاتی ہیں۔',
};
