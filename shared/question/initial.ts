import type { QuestionsState } from './types';

export function emptyQuestions(): QuestionsState {
  return { questions: [], requireApproval: false, enabled: {}, highlightedId: null };
}
