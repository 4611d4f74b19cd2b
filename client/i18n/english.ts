// The English strings of everything loaded first (see index.ts), in their own chunk: only a phone or screen
// shown in English downloads them.
import { approvalEn } from '../features/approval/strings.en';
import { privacyEn } from '../features/privacy/strings.en';
import { forgetEn } from '../features/privacy/forgetStrings.en';
import { agendaEn } from '../features/agenda/strings.en';
import { boardEn } from '../features/board/strings.en';
import { boardLaterEn } from '../features/board/laterStrings.en';
import { pollEn } from '../features/polls/strings.en';
import { questionEn } from '../features/questions/strings.en';
import { outboxEn } from '../features/outbox/strings.en';
import { tablePhoneEn } from '../features/tables/phoneStrings.en';
import { goneEn } from '../components/goneStrings.en';
import { commonEn } from './common.en';
import type { LoadedFirstKey } from './index';

export const englishStrings: Record<LoadedFirstKey, string> = {
  ...commonEn,
  ...agendaEn,
  ...boardEn,
  ...boardLaterEn,
  ...questionEn,
  ...outboxEn,
  ...pollEn,
  ...approvalEn,
  ...privacyEn,
  ...forgetEn,
  ...tablePhoneEn,
  ...goneEn,
};
