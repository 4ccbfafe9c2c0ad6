package web

// labels are the words of the pages in one language.
type labels struct {
	Dir                                                    string // ltr or rtl
	Overview, Indicator, Document, Report                  string
	Series, Latest, Period, Value, Source, Documents       string
	Conflicts, Conflict, Published                         string
	Sentence, Confidence, Status, Actions, Note            string
	Accept, Reject, Correct, Save, Accepted, Rejected      string
	Corrected, Unreviewed, Any, Country, Language, Filter  string
	MinConfidence, AsOf, Entities                          string
	Previous, Next, Page, Of, NoData, Figure               string
	Became, Step, Reason, TextMissing, TextChanged, Chart  string
	Generated, ShowingLatest, Observations                 string
	Refreshing, AllIndicators, Quantities, SameObservation string
	Derived, Lang, Refused, Back, MoreObservations         string
}

// languages are the pages' languages (charts.lang): English, Arabic (right
// to left) and Russian.
var languages = map[string]labels{
	"en": {
		Dir: "ltr", Overview: "Overview", Indicator: "Indicator", Document: "Document", Report: "econtrack report",
		Series: "Series", Latest: "Latest", Period: "Period", Value: "Value", Source: "Source", Documents: "Documents",
		Conflicts: "Conflicts", Conflict: "conflict", Published: "Published",
		Sentence: "Sentence", Confidence: "Confidence", Status: "Status", Actions: "Review", Note: "Note",
		Accept: "Accept", Reject: "Reject", Correct: "Correct", Save: "Save correction", Accepted: "accepted", Rejected: "rejected",
		Corrected: "corrected", Unreviewed: "unreviewed", Any: "any", Country: "Country", Language: "Language", Filter: "Filter",
		MinConfidence: "Min. confidence", AsOf: "As of", Entities: "Countries",
		Previous: "Previous", Next: "Next", Page: "Page", Of: "of", NoData: "No observations.", Figure: "Figure",
		Became: "Became", Step: "Step", Reason: "Why", TextMissing: "The article's text is not available (the file is not in the corpus).",
		TextChanged: "The file has changed since this version was stored; the marks below are of the file as it is now.", Chart: "Chart",
		Generated: "Generated", ShowingLatest: "showing the latest %d of %d points", Observations: "Observations",
		MoreObservations: "and %d more observations of the period (workbook, econtrack serve)", Refused: "Decision not stored", Back: "Back to the page",
		AllIndicators: "All indicators", Quantities: "Quantities", SameObservation: "same observation as", Lang: "en",
		Derived:    "computed from the events of the documents listed in the workbook (Derived from)",
		Refreshing: "The store has changed since this overview was computed; it is being computed again: reload in a moment.",
	},
	"ar": {
		Dir: "rtl", Overview: "نظرة عامة", Indicator: "المؤشر", Document: "الوثيقة", Report: "تقرير econtrack",
		Series: "السلسلة", Latest: "الأحدث", Period: "الفترة", Value: "القيمة", Source: "المصدر", Documents: "الوثائق",
		Conflicts: "التعارضات", Conflict: "تعارض", Published: "تاريخ النشر",
		Sentence: "الجملة", Confidence: "الثقة", Status: "الحالة", Actions: "المراجعة", Note: "ملاحظة",
		Accept: "قبول", Reject: "رفض", Correct: "تصحيح", Save: "حفظ التصحيح", Accepted: "مقبول", Rejected: "مرفوض",
		Corrected: "مصحح", Unreviewed: "غير مراجع", Any: "الكل", Country: "الدولة", Language: "اللغة", Filter: "تصفية",
		MinConfidence: "أدنى ثقة", AsOf: "حتى تاريخ", Entities: "الدول",
		Previous: "السابق", Next: "التالي", Page: "صفحة", Of: "من", NoData: "لا توجد مشاهدات.", Figure: "الرقم",
		Became: "النتيجة", Step: "الخطوة", Reason: "السبب", TextMissing: "نص المقال غير متاح (الملف ليس في المدونة).",
		TextChanged: "تغير الملف منذ تخزين هذه النسخة؛ العلامات أدناه للملف بحالته الحالية.", Chart: "الرسم البياني",
		Generated: "أُنشئ في", ShowingLatest: "تعرض آخر %d من %d نقطة", Observations: "المشاهدات",
		MoreObservations: "و%d مشاهدات أخرى للفترة (المصنف، econtrack serve)", Refused: "لم يُحفظ القرار", Back: "العودة إلى الصفحة",
		AllIndicators: "كل المؤشرات", Quantities: "الأعداد", SameObservation: "المشاهدة نفسها كما في", Lang: "ar",
		Derived:    "محسوبة من أحداث الوثائق المذكورة في المصنف",
		Refreshing: "تغيرت البيانات منذ حساب هذه النظرة العامة؛ يجري حسابها من جديد: أعد تحميل الصفحة بعد قليل.",
	},
	"ru": {
		Dir: "ltr", Overview: "Обзор", Indicator: "Показатель", Document: "Документ", Report: "Отчёт econtrack",
		Series: "Ряд", Latest: "Последнее", Period: "Период", Value: "Значение", Source: "Источник", Documents: "Документы",
		Conflicts: "Расхождения", Conflict: "расхождение", Published: "Опубликовано",
		Sentence: "Предложение", Confidence: "Уверенность", Status: "Статус", Actions: "Проверка", Note: "Примечание",
		Accept: "Принять", Reject: "Отклонить", Correct: "Исправить", Save: "Сохранить", Accepted: "принято", Rejected: "отклонено",
		Corrected: "исправлено", Unreviewed: "не проверено", Any: "все", Country: "Страна", Language: "Язык", Filter: "Фильтр",
		MinConfidence: "Мин. уверенность", AsOf: "На дату", Entities: "Страны",
		Previous: "Назад", Next: "Вперёд", Page: "Страница", Of: "из", NoData: "Наблюдений нет.", Figure: "Число",
		Became: "Результат", Step: "Шаг", Reason: "Почему", TextMissing: "Текст статьи недоступен (файла нет в корпусе).",
		TextChanged: "Файл изменился после сохранения этой версии; пометки ниже относятся к текущему файлу.", Chart: "График",
		Generated: "Создано", ShowingLatest: "последние %d из %d точек", Observations: "Наблюдения",
		MoreObservations: "и ещё наблюдений за период: %d (книга, econtrack serve)", Refused: "Решение не сохранено", Back: "Вернуться на страницу",
		AllIndicators: "Все показатели", Quantities: "Числа", SameObservation: "то же наблюдение, что", Lang: "ru",
		Derived:    "рассчитано по событиям документов, перечисленных в книге",
		Refreshing: "Данные изменились после расчёта обзора; он пересчитывается: обновите страницу через минуту.",
	},
}
