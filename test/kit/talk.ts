// A session running its first talk, with a facilitator, a projector and phones: the room for questions and polls.
import { expect } from 'vitest';
import { joinAsFacilitator, joinAsParticipant, Mirror, type TestServer } from './testServer';

export type Phone = Awaited<ReturnType<typeof joinAsParticipant>>;

export async function talkRoom(server: TestServer, phones = 2) {
  const created = await server.createSession();
  const facilitator = await joinAsFacilitator(server, created);
  const participants: Phone[] = [];
  for (let i = 0; i < phones; i++) participants.push(await joinAsParticipant(server, created, `Deltager ${i + 1}`));
  const projector = new Mirror(server.connect());
  expect((await projector.join({ role: 'projector', joinCode: created.joinCode })).ok).toBe(true);
  const talk = facilitator.state!.agenda.items.find((i) => i.kind === 'talk')!;
  expect((await facilitator.socket.emitWithAck('agenda:goto', { id: talk.id })).ok).toBe(true);
  return { created, facilitator, projector, phones: participants, talk };
}
