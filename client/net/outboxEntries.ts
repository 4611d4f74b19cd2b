// What the phone's outbox holds: every command a participant's phone sends, and how a newer one of the same kind
// replaces an older one still waiting (a changed poll answer is the answer; two edits of one idea are one edit).
import type { CommandPayload } from '../../shared/contract';
import type { ClientErrorCode } from '../i18n';

/**
 * The phone's commands. Each is safe to send twice: ideas and questions carry their own ids, answers, upvotes and
 * names say what should be, dots carry the count they make, and the server acknowledges what is already so.
 */
export const OUTBOX_COMMANDS = [
  'idea:add',
  'idea:edit',
  'idea:delete',
  'vote:cast',
  'vote:retract',
  'question:ask',
  'question:upvote',
  'question:unvote',
  'poll:answer',
  'participant:rename',
] as const;
export type OutboxCommand = (typeof OUTBOX_COMMANDS)[number];

export type OutboxStatus = 'waiting' | 'sending' | 'failed';

interface EntryOf<K extends OutboxCommand> {
  /** Made when the person acted; for an idea or a question, its id. */
  id: string;
  /** Entries with the same key are about the same thing: a newer one replaces one still waiting. */
  key: string;
  name: K;
  payload: CommandPayload<K>;
  status: OutboxStatus;
  /** Why the server refused it, for a failed entry. */
  code?: ClientErrorCode;
}
export type OutboxEntry = { [K in OutboxCommand]: EntryOf<K> }[OutboxCommand];
export type OutboxRequest = { [K in OutboxCommand]: { name: K; payload: CommandPayload<K> } }[OutboxCommand];

/** What the entry is about, so a later entry about the same thing can replace it. */
export function keyOf(request: OutboxRequest, id: string): string {
  switch (request.name) {
    case 'idea:add':
    case 'question:ask':
      return `${request.name}:${request.payload.id}`;
    case 'idea:edit':
      return `idea:edit:${request.payload.id}`;
    case 'idea:delete':
      return `idea:delete:${request.payload.id}`;
    case 'vote:cast':
    case 'vote:retract':
      // Each dot is a step of its own: it carries the count it makes, so two steps are never one.
      return `dot:${id}`;
    case 'question:upvote':
    case 'question:unvote':
      return `upvote:${request.payload.questionId}`;
    case 'poll:answer':
      return `poll:${request.payload.pollId}`;
    case 'participant:rename':
      return 'rename';
  }
}

/**
 * The queue with `entry` added. A waiting entry with the same key gives way to it (an edit keeps the version the
 * first edit started from, so the server still sees one edit of that version); a delete also takes every waiting
 * edit of its idea along, and an idea deleted before it was ever sent is simply not sent.
 */
export function withEntry(entries: readonly OutboxEntry[], entry: OutboxEntry): OutboxEntry[] {
  const waiting = (e: OutboxEntry) => e.status === 'waiting';
  if (entry.name === 'idea:delete') {
    const ideaId = entry.payload.id;
    const unsent = entries.find((e) => e.name === 'idea:add' && e.payload.id === ideaId && waiting(e));
    const rest = entries.filter((e) => !(e.name === 'idea:edit' && e.payload.id === ideaId && waiting(e)) && e !== unsent);
    return unsent ? rest : [...rest, entry];
  }
  const replaced = entries.find((e) => e.key === entry.key && waiting(e));
  if (!replaced) return [...entries, entry];
  const next = entry.name === 'idea:edit' && replaced.name === 'idea:edit' ? { ...entry, payload: { ...entry.payload, baseVersion: replaced.payload.baseVersion } } : entry;
  return entries.map((e) => (e === replaced ? next : e));
}

export function isOutboxEntry(value: unknown): value is OutboxEntry {
  const e = value as Partial<OutboxEntry> | null;
  return typeof e?.id === 'string' && typeof e.key === 'string' && (OUTBOX_COMMANDS as readonly string[]).includes(e.name ?? '') && typeof e.payload === 'object';
}
