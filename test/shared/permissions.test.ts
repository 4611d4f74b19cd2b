import { describe, expect, it } from 'vitest';
import { canModerate, canReviewIdeas, mayRun, type Role } from '../../shared/access/permissions';
import { maySend } from '../../shared/commandRoles';
import type { CommandName } from '../../shared/contract';

/** What a moderator link may do: moderation of ideas and questions (merging alike ones too), nothing of the programme, deletion, polls or undo. */
const moderation: CommandName[] = ['idea:hide', 'idea:merge', 'idea:review', 'question:moderate', 'question:merge', 'similar:dismiss'];
const names = Object.keys(maySend) as CommandName[];

describe('who may send which command', () => {
  it.each(names)('%s: the moderator exactly when it is moderation', (name) => {
    expect(mayRun('moderator', name)).toBe(moderation.includes(name));
  });

  it.each(names)('%s: the projector never; the facilitator or a phone', (name) => {
    expect(mayRun('projector', name)).toBe(false);
    expect(mayRun('facilitator', name) || mayRun('participant', name)).toBe(true);
  });

  it.each<[Role, boolean, boolean, boolean]>([
    ['facilitator', true, true, true],
    ['moderator', true, true, false],
    ['participant', false, false, false],
    ['projector', false, false, false],
  ])('the %s: moderates %s, approves %s, rejects (deletes) %s', (role, moderates, approves, rejects) => {
    const actor = role === 'participant' ? { role, participantId: 'anna-00001' } : { role };
    expect(canModerate(actor)).toBe(moderates);
    expect(canReviewIdeas(actor, 'approve')).toBe(approves);
    expect(canReviewIdeas(actor, 'reject')).toBe(rejects);
  });
});
