/**
 * The UI's words, in English and Russian. Components never hard-code UI text: they ask
 * `t(key)`. The English table defines the keys; the Russian one must have every key.
 */
export const en = {
  'app.title': 'Copydesk',
  'app.loading': 'Opening…',
  'toolbar.open': 'Open…',
  'toolbar.openHint': 'Open a document (Ctrl+O)',
  'toolbar.recent': 'Recent',
  'nav.label': 'Views',
  'nav.library': 'Library',
  'nav.libraryHint': 'The library of articles (Ctrl+L)',
  'nav.document': 'Document',
  'doc.dateline': 'Dateline',
  'doc.place': 'Place',
  'doc.date': 'Date',
  'doc.agency': 'Agency',
  'doc.paragraphs': 'paragraphs',
  'doc.noHeadline': '(no headline)',
  'doc.empty': 'This document has no text.',
  'error.dismiss': 'Dismiss',
  'error.openFailed': 'Could not open the document',
  'drop.hint': 'Drop a document to open it',
  'lang.switch': 'Language',
} as const;

/** A UI message key. */
export type MessageKey = keyof typeof en;

/** Russian UI text; the type demands every English key. */
export const ru: Record<MessageKey, string> = {
  'app.title': 'Copydesk',
  'app.loading': 'Открываем…',
  'toolbar.open': 'Открыть…',
  'toolbar.openHint': 'Открыть документ (Ctrl+O)',
  'toolbar.recent': 'Недавние',
  'nav.label': 'Разделы',
  'nav.library': 'Библиотека',
  'nav.libraryHint': 'Библиотека статей (Ctrl+L)',
  'nav.document': 'Документ',
  'doc.dateline': 'Датлайн',
  'doc.place': 'Место',
  'doc.date': 'Дата',
  'doc.agency': 'Агентство',
  'doc.paragraphs': 'абзацев',
  'doc.noHeadline': '(без заголовка)',
  'doc.empty': 'В документе нет текста.',
  'error.dismiss': 'Закрыть',
  'error.openFailed': 'Не удалось открыть документ',
  'drop.hint': 'Перетащите документ сюда, чтобы открыть его',
  'lang.switch': 'Язык',
};

/** The UI languages. */
export const MESSAGES = { en, ru } as const;

/** A UI language. */
export type UiLanguage = keyof typeof MESSAGES;
