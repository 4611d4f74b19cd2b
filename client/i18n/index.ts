// The dictionaries of every feature, one per language, and the `t` that reads them.
import { useCallback } from 'react';
import type { ErrorCode } from '../../shared/errors';
import { adminStrings } from '../features/admin/strings';
import { agendaStrings } from '../features/agenda/strings';
import { boardStrings } from '../features/board/strings';
import { exportStrings } from '../features/exports/strings';
import { pollStrings } from '../features/polls/strings';
import { presenterStrings } from '../features/presenter/strings';
import { projectorStrings } from '../features/projector/strings';
import { questionStrings } from '../features/questions/strings';
import { useApp } from '../store/appStore';
import { commonStrings } from './common';

const da = {
  ...commonStrings.da,
  ...agendaStrings.da,
  ...boardStrings.da,
  ...exportStrings.da,
  ...adminStrings.da,
  ...projectorStrings.da,
  ...presenterStrings.da,
  ...questionStrings.da,
  ...pollStrings.da,
};
export type StringKey = keyof typeof da;
const en: Record<StringKey, string> = {
  ...commonStrings.en,
  ...agendaStrings.en,
  ...boardStrings.en,
  ...exportStrings.en,
  ...adminStrings.en,
  ...projectorStrings.en,
  ...presenterStrings.en,
  ...questionStrings.en,
  ...pollStrings.en,
};

export const languages = ['da', 'en'] as const;
export type Language = (typeof languages)[number];
const dictionaries: Record<Language, Record<StringKey, string>> = { da, en };

export type Params = Record<string, string | number>;

export function translate(language: Language, key: StringKey, params?: Params): string {
  const text = dictionaries[language][key];
  return params ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`)) : text;
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
