import type { CommandPayload } from '../../../shared/contract';
import { distinctWords } from '../../../shared/poll/tally';
import type { Poll, PollAnswer } from '../../../shared/poll/types';
import { type Draft, emptyDraft } from './AnswerInputs';

/** The command for a draft, or null while the draft is not an answer yet. */
export function answerPayload(poll: Poll, draft: Draft): CommandPayload<'poll:answer'> | null {
  const pollId = poll.id;
  switch (poll.kind) {
    case 'single':
    case 'multiple':
      return draft.choices.length ? { pollId, choices: [...draft.choices].sort((a, b) => a - b) } : null;
    case 'scale':
      return draft.scale === null ? null : { pollId, scale: draft.scale };
    case 'words': {
      // As the server stores them, so a saved answer compares equal to what is on screen.
      const words = distinctWords(draft.words).map((w) => w.label);
      return words.length ? { pollId, words } : null;
    }
    case 'text':
      return draft.text.trim() ? { pollId, text: draft.text.trim() } : null;
  }
}

/** A stored answer as a draft, so a participant changes it rather than starting again. */
export function draftOf(answer: PollAnswer | null): Draft {
  if (!answer) return emptyDraft;
  if ('choices' in answer) return { ...emptyDraft, choices: answer.choices };
  if ('scale' in answer) return { ...emptyDraft, scale: answer.scale };
  if ('words' in answer) return { ...emptyDraft, words: [...answer.words, '', '', ''].slice(0, 3) };
  return { ...emptyDraft, text: answer.text };
}
