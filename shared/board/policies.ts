import type { Policy } from '../policies';

export const boardPolicies: Policy[] = [];
