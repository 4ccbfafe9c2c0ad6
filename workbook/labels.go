package workbook

// label names one piece of fixed text in the workbook: a sheet name, a
// column header or a line of the About sheet.
type label int

const (
	lSheetAbout label = iota
	lSheetIndicators
	lSheetObservations
	lSheetDocuments
	lSheetConflicts

	// Column headers.
	lID
	lNameEN
	lNameAR
	lNameRU
	lUnit
	lEntities
	lKind
	lObservations
	lFirstPeriod
	lLastPeriod
	lSheet
	lDate
	lPeriod
	lValue
	lApprox
	lBound
	lMentions
	lConfidence
	lConflict
	lSpeaker
	lFlag
	lDataMonthly
	lDataQuarterly
	lDataAnnual
	lDataDaily
	lDataTitle
	lDataID
	lDataFrequency
	lDataBasis
	lBasisLevel
	lBasisYoY
	lBasisQoQ
	lBasisMoM
	lDataUpdated
	lDataSource
	lSheetData
	lDocument
	lPublished
	lQuote
	lIndicator
	lLang
	lSpanStart
	lSpanEnd
	lDerivedFrom
	lTitle
	lURL
	lDocHash
	lObsBasis
	lReview
	lPath
	lSource
	lStatus
	lReason
	lFirstSeen
	lLastSeen
	lHeadline
	lValues
	lDocuments

	// Words used in cells.
	lRead
	lDerived
	lStored
	lUnchanged
	lNew
	lSkipped
	lRemoved

	// About sheet.
	lAboutTitle
	lSubject
	lDescription
	lGeneratedAt
	lVersion
	lConfigFile
	lConfigHash
	lCorpus
	lHeadlineRule
	lCountDocuments
	lCountObservations
	lCountConflicts
	lCountConflictObs
	lCountSkipped
	lHowToRead
	lHelpIndicators
	lHelpIndicatorSheets
	lHelpObservations
	lHelpDocuments
	lHelpConflicts
	lHelpDates
	lObsFromDocs

	nLabels
)

// labels holds every fixed text in English, Arabic and Russian.
var labels = [nLabels][3]string{
	lSheetAbout:        {"About", "حول", "О книге"},
	lSheetIndicators:   {"Indicators", "المؤشرات", "Показатели"},
	lSheetObservations: {"Observations", "المشاهدات", "Наблюдения"},
	lSheetDocuments:    {"Documents", "الوثائق", "Документы"},
	lSheetConflicts:    {"Conflicts", "التعارضات", "Расхождения"},

	lID:            {"ID", "المعرف", "ID"},
	lNameEN:        {"Name (en)", "الاسم (en)", "Название (en)"},
	lNameAR:        {"Name (ar)", "الاسم (ar)", "Название (ar)"},
	lNameRU:        {"Name (ru)", "الاسم (ru)", "Название (ru)"},
	lUnit:          {"Unit", "الوحدة", "Единица"},
	lEntities:      {"Entities", "الأطراف", "Страны"},
	lKind:          {"Read or derived", "مقروء أو مشتق", "Прочитан или вычислен"},
	lObservations:  {"Observations", "المشاهدات", "Наблюдения"},
	lFirstPeriod:   {"First period", "أول فترة", "Первый период"},
	lLastPeriod:    {"Last period", "آخر فترة", "Последний период"},
	lSheet:         {"Sheet", "الورقة", "Лист"},
	lDate:          {"Date", "التاريخ", "Дата"},
	lPeriod:        {"Period", "الفترة", "Период"},
	lValue:         {"Value", "القيمة", "Значение"},
	lApprox:        {"Approx", "تقريبي", "Приблизительно"},
	lBound:         {"Bound", "الحد", "Граница"},
	lMentions:      {"Mentions", "الإشارات", "Упоминания"},
	lConfidence:    {"Confidence", "الثقة", "Уверенность"},
	lConflict:      {"Conflict", "تعارض", "Расхождение"},
	lSpeaker:       {"Speaker", "المتحدث", "Источник слов"},
	lFlag:          {"Flag", "علامة", "Признак"},
	lDataMonthly:   {"Monthly", "شهري", "Месячные"},
	lDataQuarterly: {"Quarterly", "ربع سنوي", "Квартальные"},
	lDataAnnual:    {"Annual", "سنوي", "Годовые"},
	lDataDaily:     {"Daily", "يومي", "Дневные"},
	lDataTitle:     {"Title", "العنوان", "Название"},
	lDataID:        {"Series ID", "معرّف السلسلة", "Код ряда"},
	lDataFrequency: {"Frequency", "التواتر", "Периодичность"},
	lDataUpdated:   {"Last updated", "آخر تحديث", "Обновлено"},
	lDataBasis:     {"Basis", "الأساس", "База сравнения"},
	lBasisLevel:    {"level", "مستوى", "уровень"},
	lBasisYoY:      {"year on year", "على أساس سنوي", "год к году"},
	lBasisQoQ:      {"quarter on quarter", "على أساس ربعي", "квартал к кварталу"},
	lBasisMoM:      {"month on month", "على أساس شهري", "месяц к месяцу"},
	lDataSource:    {"News reports, headline value (see Observations)", "تقارير إخبارية، القيمة الرئيسية (انظر الملاحظات)", "Новостные сообщения, основное значение (см. «Наблюдения»)"},
	lSheetData:     {"Data", "بيانات", "Данные"},
	lDocument:      {"Document", "الوثيقة", "Документ"},
	lPublished:     {"Published", "تاريخ النشر", "Опубликовано"},
	lQuote:         {"Quote", "الاقتباس", "Цитата"},
	lIndicator:     {"Indicator", "المؤشر", "Показатель"},
	lLang:          {"Lang", "اللغة", "Язык"},
	lSpanStart:     {"Span start", "بداية المقطع", "Начало фрагмента"},
	lSpanEnd:       {"Span end", "نهاية المقطع", "Конец фрагмента"},
	lDerivedFrom:   {"Derived from", "مشتق من", "Вычислен из"},
	lTitle:         {"Title", "العنوان", "Заголовок"},
	lURL:           {"URL", "الرابط", "URL"},
	lDocHash:       {"Document hash", "بصمة الوثيقة", "Хеш документа"},
	lObsBasis:      {"Basis (when not the indicator's)", "الأساس (إن خالف أساس المؤشر)", "База (если не база показателя)"},
	lReview:        {"Review", "المراجعة", "Проверка"},
	lPath:          {"Path", "المسار", "Путь"},
	lSource:        {"Source", "المصدر", "Источник"},
	lStatus:        {"Status", "الحالة", "Статус"},
	lReason:        {"Reason", "السبب", "Причина"},
	lFirstSeen:     {"First seen", "أول ظهور", "Впервые прочитан"},
	lLastSeen:      {"Last seen", "آخر ظهور", "Последний раз прочитан"},
	lHeadline:      {"Headline", "القيمة المعتمدة", "Основное значение"},
	lValues:        {"Distinct values", "القيم المختلفة", "Разных значений"},
	lDocuments:     {"Documents", "الوثائق", "Документы"},

	lRead:      {"read", "مقروء", "прочитан"},
	lDerived:   {"derived", "مشتق", "вычислен"},
	lStored:    {"stored", "مخزن", "сохранён"},
	lUnchanged: {"unchanged", "دون تغيير", "без изменений"},
	lNew:       {"new", "جديد", "новый"},
	lSkipped:   {"skipped", "متجاهل", "пропущен"},
	lRemoved:   {"removed", "محذوف", "удалён"},

	lAboutTitle: {"econtrack workbook", "مصنف econtrack", "Книга econtrack"},
	lSubject:    {"Economic indicators reported in the news", "المؤشرات الاقتصادية الواردة في الأخبار", "Экономические показатели из новостей"},
	lDescription: {
		"%[2]d observations read from %[1]d news documents; each row names the document and quotes the sentence it comes from. The figures are facts reported by the cited publications; quote them with their source. Suggested citation: econtrack %[4]s, economic indicators from the news, generated %[3]s.",
		"%[2]d ملاحظة مستخرجة من %[1]d وثيقة إخبارية؛ يذكر كل صف الوثيقة ويقتبس الجملة التي جاء منها. الأرقام وقائع نقلتها المنشورات المذكورة؛ انقلها مع مصدرها. الاستشهاد المقترح: econtrack %[4]s، مؤشرات اقتصادية من الأخبار، أُعدّ في %[3]s.",
		"%[2]d наблюдений из %[1]d новостных документов; каждая строка называет документ и цитирует предложение, из которого взята. Цифры — факты, сообщённые указанными изданиями; приводите их с источником. Рекомендуемая ссылка: econtrack %[4]s, экономические показатели из новостей, сформировано %[3]s.",
	},
	lGeneratedAt:       {"Generated at", "تاريخ الإنشاء", "Создана"},
	lVersion:           {"econtrack version", "إصدار econtrack", "Версия econtrack"},
	lConfigFile:        {"Configuration file", "ملف الإعدادات", "Файл настроек"},
	lConfigHash:        {"Configuration hash", "بصمة الإعدادات", "Хеш настроек"},
	lCorpus:            {"Corpus folder", "مجلد النصوص", "Папка корпуса"},
	lHeadlineRule:      {"Headline rule", "قاعدة القيمة المعتمدة", "Правило основного значения"},
	lCountDocuments:    {"Documents", "الوثائق", "Документы"},
	lCountObservations: {"Observations", "المشاهدات", "Наблюдения"},
	lCountConflicts:    {"Periods in conflict", "فترات متعارضة", "Периоды с расхождениями"},
	lCountConflictObs:  {"Observations in conflict", "مشاهدات متعارضة", "Наблюдения с расхождениями"},
	lCountSkipped:      {"Files skipped", "ملفات متجاهلة", "Пропущено файлов"},
	lHowToRead:         {"How to read this workbook", "كيف تقرأ هذا المصنف", "Как читать эту книгу"},
	lHelpIndicators: {
		"Indicators: the indicator catalog as a data dictionary, with how many observations each has and a link to its sheet.",
		"المؤشرات: فهرس المؤشرات مع عدد المشاهدات لكل مؤشر ورابط إلى ورقته.",
		"Показатели: каталог показателей с числом наблюдений и ссылкой на лист каждого.",
	},
	lHelpIndicatorSheets: {
		"One sheet per indicator with data: every observation by entities and period, the headline series beside it and a line chart of that series.",
		"ورقة لكل مؤشر له بيانات: كل المشاهدات حسب الأطراف والفترة، والسلسلة المعتمدة بجانبها مع رسم بياني خطي.",
		"Лист на каждый показатель с данными: все наблюдения по странам и периодам, рядом основной ряд и его линейный график.",
	},
	lHelpObservations: {
		"Observations: every observation in long format with its provenance; the document cell links to the article (its URL, else its file). Split into \"Observations (2)\"… past Excel's 1,048,576-row limit.",
		"المشاهدات: كل المشاهدات بصيغة طويلة مع مصدرها؛ خلية الوثيقة رابط إلى المقال (رابطه أو ملفه). تقسم إلى أوراق إضافية بعد حد Excel البالغ 1,048,576 صفاً.",
		"Наблюдения: все наблюдения в длинном формате с источником; ячейка документа ссылается на статью (URL или файл). Делится на листы «(2)»… после предела Excel в 1 048 576 строк.",
	},
	lHelpDocuments: {
		"Documents: every document read, with its status (new, unchanged, removed, skipped and why).",
		"الوثائق: كل وثيقة قرئت مع حالتها (جديدة، دون تغيير، محذوفة، متجاهلة والسبب).",
		"Документы: каждый прочитанный документ и его статус (новый, без изменений, удалён, пропущен и почему).",
	},
	lHelpConflicts: {
		"Conflicts: periods that documents disagree about, the values side by side with the documents that report each.",
		"التعارضات: الفترات التي تختلف فيها الوثائق، والقيم جنباً إلى جنب مع الوثائق التي تذكر كلاً منها.",
		"Расхождения: периоды, о которых документы говорят разное, значения рядом с документами, которые их приводят.",
	},
	lHelpDates: {
		"Dates are real Excel dates (a year is its 1 January, a quarter or month its first day); the Period column keeps the exact period. Percentages are stored as 99 for 99 %.",
		"التواريخ تواريخ Excel حقيقية (السنة يومها الأول، والربع أو الشهر يومه الأول)؛ عمود الفترة يحفظ الفترة بدقة. النسب المئوية مخزنة كـ 99 لـ 99%.",
		"Даты — настоящие даты Excel (год — его 1 января, квартал или месяц — первый день); столбец «Период» хранит точный период. Проценты записаны как 99 для 99 %.",
	},
	lObsFromDocs: {"%d observations from %d documents", "%d مشاهدة من %d وثيقة", "%d наблюдений из %d документов"},
}

// text returns the label in the language with index li (0 en, 1 ar, 2 ru).
func (l label) text(li int) string { return labels[l][li] }

// langIndex maps a workbook language to its column in labels; anything but
// ar and ru is English.
func langIndex(lang string) int {
	switch lang {
	case "ar":
		return 1
	case "ru":
		return 2
	}
	return 0
}
