import type { approvalDa } from './strings';

// Loaded only when English is shown (i18n/english.ts); typed by the Danish keys, so both always have the same ones.
export const approvalEn: Record<keyof typeof approvalDa, string> = {
  'approval.pending': 'Waiting for approval',
};
