import { defineStrings } from '../../i18n/define';

export const approvalStrings = defineStrings({
  da: {
    'approval.setting': 'Godkend idéer, før de vises',
    'approval.inbox': 'Venter på godkendelse ({count})',
    'approval.approve': 'Godkend',
    'approval.reject': 'Afvis',
    'approval.approveAll': 'Godkend alle',
    'approval.rejectAll': 'Afvis alle',
    'approval.confirmReject': 'Afvis og slet {count} idé(er)? De når aldrig de andre deltagere.',
    'approval.pending': 'Venter på godkendelse',
  },
  en: {
    'approval.setting': 'Approve ideas before they are shown',
    'approval.inbox': 'Waiting for approval ({count})',
    'approval.approve': 'Approve',
    'approval.reject': 'Reject',
    'approval.approveAll': 'Approve all',
    'approval.rejectAll': 'Reject all',
    'approval.confirmReject': 'Reject and delete {count} idea(s)? They never reach the other participants.',
    'approval.pending': 'Waiting for approval',
  },
});
