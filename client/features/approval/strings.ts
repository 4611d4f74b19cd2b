// Danish, the default: loaded with the entry. The English twin (strings.en.ts) loads only when English is shown.
export const approvalDa = {
  'approval.setting': 'Godkend idéer, før de vises',
  'approval.inbox': 'Venter på godkendelse ({count})',
  'approval.approve': 'Godkend',
  'approval.reject': 'Afvis',
  'approval.approveAll': 'Godkend alle',
  'approval.rejectAll': 'Afvis alle',
  'approval.confirmReject': 'Afvis og slet {count} idé(er)? De når aldrig de andre deltagere.',
  'approval.pending': 'Venter på godkendelse',
};
