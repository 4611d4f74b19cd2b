// Danish, the default: loaded with the entry. The English twin (strings.en.ts) loads only when English is shown.
export const approvalDa = {
  'approval.pending': 'Venter på godkendelse',
};
