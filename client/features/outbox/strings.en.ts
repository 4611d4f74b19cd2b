import type { outboxDa } from './strings';

export const outboxEn: Record<keyof typeof outboxDa, string> = {
  'outbox.waiting': 'Saved on this phone. It is sent by itself when the connection is back and this page is open – also after a reload.',
  'outbox.notSent': 'Not sent.',
  'outbox.retry': 'Try again',
  'outbox.dismiss': 'Remove',
  'outbox.kind.idea:edit': 'Change to your idea',
  'outbox.kind.idea:delete': 'Deleting your idea',
  'outbox.kind.vote:cast': 'A dot',
  'outbox.kind.vote:retract': 'A dot taken back',
  'outbox.kind.question:upvote': 'Vote for a question',
  'outbox.kind.question:unvote': 'Vote for a question taken back',
  'outbox.kind.poll:answer': 'Your answer to the poll',
  'outbox.forgetAgain': 'Try "Forget me" again',
  'outbox.forgetNotSent': 'You are not forgotten yet: the server did not get the message.',
};
