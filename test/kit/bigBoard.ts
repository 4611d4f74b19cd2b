// A full board for the projector: 60 ideas over the three sectors, two groups, names, partners and votes.
import { expect } from 'vitest';
import { sectors } from '../../shared/board/framework';
import { joinAsFacilitator, joinAsParticipant, newId, type TestServer } from './testServer';

const phrases = [
  'Lektiecafé med frivillige fra Røde Kors',
  'Fælles arrangementsrække om klima og grøn omstilling med kommunens natur- og miljøafdeling, også for børnefamilier',
  'Kaffebar',
  'Erhvervsnetværk holder morgenmøder i bibliotekets mødelokaler mod at tilbyde mentorordninger til unge iværksættere',
  'Sprogcafé',
  'Læseklub for ældre sammen med Ældresagen og plejecentrene i lokalområdet',
  'Repair café med lokale håndværkere',
  'Bibliotekarer underviser jobsøgende i digitale ansøgninger i samarbejde med jobcentret og a-kasserne',
];

export async function seedBigBoard(server: TestServer, opts: { ideas?: number; results?: boolean } = {}) {
  const total = opts.ideas ?? 60;
  const created = await server.createSession();
  const facilitator = await joinAsFacilitator(server, created);
  const f = facilitator.socket;
  const ok = async (promise: Promise<{ ok: boolean; code?: string }>) => expect(await promise).toEqual({ ok: true, data: expect.anything() });
  const people = await Promise.all(['Anna', 'Bo', 'Cecilie', 'Dan', 'Emma', 'Frida', 'Gustav'].map((name) => joinAsParticipant(server, created, name)));
  await ok(f.emitWithAck('board:phase', { phase: 'collecting' }));
  await ok(f.emitWithAck('board:settings', { showNamesOnProjector: true, dotsPerParticipant: 20, allowStacking: true }));
  const groups = [
    { id: newId(), sector: 'public' as const, title: 'Job og uddannelse' },
    { id: newId(), sector: 'civil' as const, title: 'Fællesskab og frivillighed' },
  ];
  for (const group of groups) await ok(f.emitWithAck('group:create', group));

  const ids: string[] = [];
  for (let i = 0; i < total; i++) {
    const id = newId();
    const author = people[i % people.length]!;
    const sector = sectors[i % 3]!;
    const text = `${i + 1}. ${phrases[i % phrases.length]}`;
    await ok(author.socket.emitWithAck('idea:add', { id, sector, text, ...(i % 4 === 0 ? { partner: `Partner nr. ${i + 1}` } : {}) }));
    ids.push(id);
    const group = groups.find((g) => g.sector === sector);
    if (group && i % 5 < 2) await ok(f.emitWithAck('idea:group', { id, groupId: group.id }));
  }
  if (opts.results) {
    await ok(f.emitWithAck('board:phase', { phase: 'voting' }));
    // Every idea gets at least one dot, some many, so the bars differ; the dots go round the room within the budget.
    let turn = 0;
    for (const [i, id] of ids.entries()) {
      const dots = 1 + (i % 7 === 0 ? 3 : i % 2);
      for (let v = 0; v < dots; v++) await ok(people[turn++ % people.length]!.socket.emitWithAck('vote:cast', { ideaId: id }));
    }
    await ok(f.emitWithAck('board:phase', { phase: 'results' }));
  }
  return { created, facilitator, people, ids, groups };
}
