import type { approvalDa } from './strings';

// Loaded only when English is shown (i18n/english.ts); typed by the Danish keys, so both always have the same ones.
export const approvalEn: Record<keyof typeof approvalDa, string> = {
  'approval.setting': 'Approve ideas before they are shown',
  'approval.inbox': 'Waiting for approval ({count})',
  'approval.approve': 'Approve',
  'approval.reject': 'Reject',
  'approval.approveAll': 'Approve all',
  'approval.rejectAll': 'Reject all',
  'approval.confirmReject': 'Reject and delete {count} idea(s)? They never reach the other participants.',
  'approval.pending': 'Waiting for approval',
};
