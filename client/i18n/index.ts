// The dictionaries of every feature, one per language, and the `t` that reads them.
import { useCallback } from 'react';
import type { ErrorCode } from '../../shared/errors';
import type { adminStrings } from '../features/admin/strings';
import { approvalStrings } from '../features/approval/strings';
import { privacyStrings } from '../features/privacy/strings';
import { agendaStrings } from '../features/agenda/strings';
import { boardStrings } from '../features/board/strings';
import type { exportStrings } from '../features/exports/strings';
import { pollStrings } from '../features/polls/strings';
import { presenterStrings } from '../features/presenter/strings';
import { projectorStrings } from '../features/projector/strings';
import { questionStrings } from '../features/questions/strings';
import { sessionStrings } from '../features/session/strings';
import { undoStrings } from '../features/undo/strings';
import { useApp } from '../store/appStore';
import { commonStrings } from './common';

// Questions and polls are on every phone, so their strings load first too; the console's undo toast and workshop
// details are small and used by the facilitator's screen: loaded first.
const da = {
  ...commonStrings.da,
  ...agendaStrings.da,
  ...boardStrings.da,
  ...projectorStrings.da,
  ...presenterStrings.da,
  ...questionStrings.da,
  ...pollStrings.da,
  ...undoStrings.da,
  ...sessionStrings.da,
  ...approvalStrings.da,
  ...privacyStrings.da,
};
type LoadedFirstKey = keyof typeof da;
const en: Record<LoadedFirstKey, string> = {
  ...commonStrings.en,
  ...agendaStrings.en,
  ...boardStrings.en,
  ...projectorStrings.en,
  ...presenterStrings.en,
  ...questionStrings.en,
  ...pollStrings.en,
  ...undoStrings.en,
  ...sessionStrings.en,
  ...approvalStrings.en,
  ...privacyStrings.en,
};
/** Strings of the organiser's features, which arrive with their routes' code (`addStrings`). */
type RouteKey = keyof (typeof exportStrings)['da'] | keyof (typeof adminStrings)['da'];
export type StringKey = LoadedFirstKey | RouteKey;

export const languages = ['da', 'en'] as const;
export type Language = (typeof languages)[number];
const dictionaries: Record<Language, Partial<Record<StringKey, string>>> = { da: { ...da }, en: { ...en } };

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
