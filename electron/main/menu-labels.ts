/**
 * The application menu's words in each UI language. The renderer's strings live in its own
 * message tables (renderer/src/lib/i18n/messages.ts), which the main process may not import;
 * the menu is small enough to keep its own. `&` marks the access key on Windows and Linux.
 */
import type { UiLanguage } from '../../core/i18n/ui-language.ts';

/** Every label the menu shows; role items carry a label only where the OS would show English. */
export interface MenuLabels {
  readonly file: string;
  readonly new: string;
  readonly open: string;
  readonly save: string;
  readonly saveAs: string;
  readonly export: string;
  readonly autosave: string;
  readonly closeDocument: string;
  readonly edit: string;
  readonly find: string;
  readonly replace: string;
  readonly link: string;
  readonly tagPerson: string;
  readonly tagCountry: string;
  readonly acceptAll: string;
  readonly registry: string;
  readonly format: string;
  readonly bold: string;
  readonly italic: string;
  readonly paragraph: string;
  readonly subheading: string;
  readonly quote: string;
  readonly bullets: string;
  readonly numbers: string;
  readonly lift: string;
  readonly view: string;
  readonly document: string;
  readonly library: string;
  readonly history: string;
  readonly window: string | undefined;
  readonly help: string | undefined;
  readonly about: string;
  /** Labels for Electron's role items; undefined keeps Electron's own (English) label. */
  readonly roles: Partial<
    Record<
      'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll' | 'quit' | 'close' | 'resetZoom' | 'zoomIn' | 'zoomOut' | 'togglefullscreen',
      string
    >
  >;
}

/** The menu's words, by UI language. */
export const MENU_LABELS: Readonly<Record<UiLanguage, MenuLabels>> = {
  en: {
    file: '&File',
    new: '&New',
    open: '&Open…',
    save: '&Save',
    saveAs: 'Save &As…',
    export: '&Export…',
    autosave: 'Save A&utomatically',
    closeDocument: '&Close Document',
    edit: '&Edit',
    find: '&Find…',
    replace: 'Find and &Replace…',
    link: '&Link…',
    tagPerson: 'Tag as &Person…',
    tagCountry: 'Tag as &Country…',
    acceptAll: '&Accept All Suggestions',
    registry: 'Re&gistry of People and Countries…',
    format: 'F&ormat',
    bold: '&Bold',
    italic: '&Italic',
    paragraph: '&Paragraph',
    subheading: '&Subheading',
    quote: '&Quote',
    bullets: '&Bulleted List',
    numbers: '&Numbered List',
    lift: '&Unwrap from List or Quote',
    view: '&View',
    document: '&Document',
    library: '&Library',
    history: 'Version &History…',
    window: undefined,
    help: undefined,
    about: '&About Copydesk',
    roles: {},
  },
  ru: {
    file: '&Файл',
    new: '&Создать',
    open: '&Открыть…',
    save: 'Со&хранить',
    saveAs: 'Сохранить &как…',
    export: '&Экспорт…',
    autosave: 'Сохранять &автоматически',
    closeDocument: '&Закрыть документ',
    edit: '&Правка',
    find: '&Найти…',
    replace: 'Найти и за&менить…',
    link: '&Ссылка…',
    tagPerson: 'Отметить как &персону…',
    tagCountry: 'Отметить как с&трану…',
    acceptAll: 'Принять &все предложения',
    registry: '&Реестр людей и стран…',
    format: 'Фор&мат',
    bold: '&Жирный',
    italic: '&Курсив',
    paragraph: '&Абзац',
    subheading: '&Подзаголовок',
    quote: '&Цитата',
    bullets: '&Маркированный список',
    numbers: '&Нумерованный список',
    lift: '&Вынести из списка или цитаты',
    view: '&Вид',
    document: '&Документ',
    library: '&Библиотека',
    history: '&История версий…',
    window: '&Окно',
    help: 'Спр&авка',
    about: '&О программе Copydesk',
    roles: {
      undo: 'Отменить',
      redo: 'Повторить',
      cut: 'Вырезать',
      copy: 'Копировать',
      paste: 'Вставить',
      selectAll: 'Выделить всё',
      quit: 'Выход',
      close: 'Закрыть окно',
      resetZoom: 'Исходный масштаб',
      zoomIn: 'Увеличить',
      zoomOut: 'Уменьшить',
      togglefullscreen: 'Во весь экран',
    },
  },
};
