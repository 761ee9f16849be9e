// i18next with the two bundled resource files; nothing is fetched at run time.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import zhCN from './zh-CN';
import en from './en';
import type { ErrorInfo } from '../../api/contract';

export type Language = 'zh-CN' | 'en';
const STORAGE_KEY = 'clearance.language';

function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
  // No console advertising on an air-gapped desk.
  showSupportNotice: false,
});

function applyToDocument(language: Language): void {
  document.documentElement.lang = language;
  document.title = language === 'en' ? en.app.deskName : `${zhCN.app.deskName} Clearance`;
}
applyToDocument(storedLanguage());

export function setLanguage(language: Language): void {
  void i18n.changeLanguage(language);
  applyToDocument(language);
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be unavailable; the choice then lasts for this window only.
  }
}

/** A server error in the chosen language (`message` is Chinese, `messageEn` English). */
export function errorText(error: unknown): string {
  const info = error as Partial<ErrorInfo> & { message?: string };
  if (i18n.language === 'en' && info?.messageEn) return info.messageEn;
  return info?.message ?? String(error);
}

export default i18n;
