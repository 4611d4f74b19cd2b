import type { Policy } from '../policies';

export const agendaPolicies: Policy[] = [];
