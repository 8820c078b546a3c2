/** Severity words as the machine formats' human-readable parts print them, per language. */
import type { Lang, Severity } from '../model/index.js';

export const SEVERITY_LABELS: Readonly<Record<Lang, Readonly<Record<Severity, string>>>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};
