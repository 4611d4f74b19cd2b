import { emptyTally } from './tally';
import type { Poll, PollKind } from './types';

export interface PollPlan {
  itemId: string | null;
  kind: PollKind;
  question: string;
  options?: string[] | undefined;
  resultsLive?: boolean | undefined;
}

/** A poll made ready ahead of the day (template or import): a draft with no answers. */
export function preparedPoll(plan: PollPlan, id: string, createdAt = 0): Poll {
  const options = plan.kind === 'single' || plan.kind === 'multiple' ? [...(plan.options ?? [])] : [];
  return {
    id,
    itemId: plan.itemId,
    kind: plan.kind,
    question: plan.question,
    options,
    status: 'draft',
    resultsLive: plan.resultsLive ?? true,
    createdAt,
    openedAt: null,
    closedAt: null,
    tally: emptyTally(plan.kind, options.length),
    answers: {},
  };
}
