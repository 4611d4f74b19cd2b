// The dictionaries of every feature, one per language, and the `t` that reads them.
import { useCallback } from 'react';
import type { ErrorCode } from '../../shared/errors';
import { fillPlaceholders } from '../../shared/placeholders';
import type { adminStrings } from '../features/admin/strings';
import { approvalDa } from '../features/approval/strings';
import { privacyDa } from '../features/privacy/strings';
import { agendaDa } from '../features/agenda/strings';
import { boardDa } from '../features/board/strings';
import type { exportStrings } from '../features/exports/strings';
import type { accessStrings } from '../features/access/strings';
import type { seriesStrings } from '../features/series/strings';
import type { newWorkshopStrings } from '../features/newWorkshop/strings';
import type { consoleStrings } from './consoleStrings';
import type { pollConsoleStrings } from '../features/polls/consoleStrings';
import type { agendaConsoleStrings } from '../features/agenda/consoleStrings';
import { pollDa } from '../features/polls/strings';
import type { projectorConsoleStrings } from '../features/projector/consoleStrings';
import type { skipStrings } from '../components/skipStrings';
import type { questionConsoleStrings } from '../features/questions/consoleStrings';
import type { tableConsoleStrings } from '../features/tables/consoleStrings';
import type { tablePhoneDa } from '../features/tables/phoneStrings';
import type { goneDa } from '../components/goneStrings';
import type { similarConsoleStrings } from '../features/similar/strings';
import type { questionDa } from '../features/questions/strings';
import type { boardLaterDa } from '../features/board/laterStrings';
import type { pollLaterDa } from '../features/polls/laterStrings';
import type { forgetDa } from '../features/privacy/forgetStrings';
import type { outboxDa } from '../features/outbox/strings';
import type { reactionConsoleStrings } from '../features/reactions/consoleStrings';
import type { reactionStrings } from '../features/reactions/strings';
import { useApp } from '../store/appStore';
import { commonDa } from './common';

// What the phone shows, in Danish, is loaded first; English arrives with `loadLanguage('en')`, so a phone shown
// Danish never downloads it. The phone's questions, which load after its first screen, bring their own Danish
// (features/questions/strings.ts). The console's, projector's and home page's strings (also those of questions
// and polls) come with those screens (consoleStrings.ts), the organiser's with their routes (`addStrings`).
const da = {
  ...commonDa,
  ...agendaDa,
  ...boardDa,
  ...pollDa,
  ...approvalDa,
  ...privacyDa,
};
export type LoadedFirstKey = keyof typeof da;
/** Strings of the other faces and the organiser's features, which arrive with their routes' code (`addStrings`). */
type RouteKey =
  | keyof (typeof exportStrings)['da']
  | keyof (typeof accessStrings)['da']
  | keyof (typeof newWorkshopStrings)['da']
  | keyof (typeof adminStrings)['da']
  | keyof (typeof seriesStrings)['da']
  | keyof (typeof consoleStrings)['da']
  | keyof (typeof pollConsoleStrings)['da']
  | keyof (typeof questionConsoleStrings)['da']
  | keyof (typeof similarConsoleStrings)['da']
  | keyof (typeof projectorConsoleStrings)['da']
  | keyof (typeof tableConsoleStrings)['da']
  | keyof typeof tablePhoneDa
  | keyof typeof goneDa
  | keyof (typeof agendaConsoleStrings)['da']
  | keyof (typeof skipStrings)['da']
  | keyof typeof questionDa
  | keyof typeof outboxDa
  | keyof typeof boardLaterDa
  | keyof typeof pollLaterDa
  | keyof typeof forgetDa
  | keyof (typeof reactionStrings)['da']
  | keyof (typeof reactionConsoleStrings)['da'];
export type StringKey = LoadedFirstKey | RouteKey;

export const languages = ['da', 'en'] as const;
export type Language = (typeof languages)[number];
const dictionaries: Record<Language, Partial<Record<StringKey, string>>> = { da: { ...da }, en: {} };
let english: Promise<void> | undefined;

/** Makes `language`'s dictionary ready; call (and await) before showing it. Danish is always ready. */
export function loadLanguage(language: Language): Promise<void> {
  if (language === 'da') return Promise.resolve();
  english ??= import('./english').then(({ englishStrings }) => {
    // Route strings (addStrings) may already be in: they keep theirs.
    dictionaries.en = { ...englishStrings, ...dictionaries.en };
  });
  return english;
}

/**
 * Adds a feature's strings when its code loads, so a phone never downloads the organiser's (admin, exports).
 * The feature's strings module calls it, and its components take `useT` from that module, so the strings are
 * in before anything reads them.
 */
export function addStrings(strings: { da: Partial<Record<StringKey, string>>; en: Partial<Record<StringKey, string>> }): void {
  Object.assign(dictionaries.da, strings.da);
  Object.assign(dictionaries.en, strings.en);
}

export type Params = Record<string, string | number>;

export function translate(language: Language, key: StringKey, params?: Params): string {
  const text = dictionaries[language][key] ?? key;
  return params ? fillPlaceholders(text, params) : text;
}

export type Translate = (key: StringKey, params?: Params) => string;

export function useT(): Translate {
  const language = useApp((s) => s.language);
  return useCallback((key, params) => translate(language, key, params), [language]);
}

/** Error codes (and the client's own 'timeout') as one sentence each. */
export type ClientErrorCode = ErrorCode | 'timeout';
/** A feature may say a code its own way (a limit of questions is not a limit of dots); the rest say it the common way. */
export const errorKey = (code: ClientErrorCode, own: Partial<Record<ClientErrorCode, StringKey>> = {}): StringKey =>
  Object.hasOwn(own, code) ? own[code]! : `error.${code}`;

const LANGUAGE_KEY = 'ootb.language';

export function initialLanguage(): Language {
  const saved = localStorage.getItem(LANGUAGE_KEY);
  if (saved === 'da' || saved === 'en') return saved;
  const preferred = navigator.languages?.[0] ?? navigator.language ?? 'da';
  return preferred.toLowerCase().startsWith('en') ? 'en' : 'da';
}

export function rememberLanguage(language: Language): void {
  localStorage.setItem(LANGUAGE_KEY, language);
  document.documentElement.lang = language;
}
