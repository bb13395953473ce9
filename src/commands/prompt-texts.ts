/** The prompt library's words in the user's language, from the message catalogs (see prompter.ts). */
import { t, type Lang } from '../i18n/index.js';
import type { PromptTexts } from './prompter.js';

export function promptTexts(lang: Lang): PromptTexts {
  const keys = ['navigate', 'select', 'submit', 'all', 'invert', 'space'] as const;
  return {
    keys: Object.fromEntries(keys.map((k) => [k, t(lang, `prompt.key.${k}`)])),
    yes: t(lang, 'prompt.yes'),
    no: t(lang, 'prompt.no'),
    answerYesNo: t(lang, 'prompt.answer-yes-no'),
  };
}
