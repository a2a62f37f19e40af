import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import vi from './vi';
import en from './en';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'vi';
export const LANGUAGE_STORAGE_KEY = 'thidua.language';

export const resources = {
  vi: { translation: vi },
  en: { translation: en },
} as const;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function storedLanguage(storage: Pick<Storage, 'getItem'> | undefined = safeLocalStorage()): Language {
  try {
    const value = storage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

function safeLocalStorage(): Storage | undefined {
  try {
    return typeof window !== 'undefined' ? window.localStorage : undefined;
  } catch {
    return undefined;
  }
}

let initialised = false;

/** Initialises i18next once (Vietnamese by default, the stored choice otherwise). */
export function initI18n(lng: Language = storedLanguage()) {
  if (!initialised) {
    initialised = true;
    void i18n.use(initReactI18next).init({
      resources,
      lng,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: LANGUAGES,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    i18n.on('languageChanged', (next) => {
      if (typeof document !== 'undefined') document.documentElement.lang = next;
    });
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
  }
  return i18n;
}

/** Switches the language and remembers the choice. */
export async function changeLanguage(lng: Language) {
  try {
    safeLocalStorage()?.setItem(LANGUAGE_STORAGE_KEY, lng);
  } catch {
    /* storage may be unavailable (private mode): the switch still applies to this page */
  }
  await i18n.changeLanguage(lng);
}

export default i18n;
