// A whole seminar day played against a running server over real sockets, as the facilitator's laptop and the
// phones would: the programme run late, the board with moderation, groups, a merge and votes, questions to the
// speakers, polls, a participant who asks to be forgotten, and a second workshop that ends archived.
import { adminEndpoints } from '../shared/http/routes/admin';
import { routePath } from '../shared/http/routePath';
import type { SessionState } from '../shared/state';
import { joinAsFacilitator, joinAsParticipant, type TestServer } from '../test/kit/testServer';
import type { Mirror } from '../test/kit/mirror';

/** What the day needs of a server: its address and sockets to it (test/kit/testServer.ts). */
export type Server = Pick<TestServer, 'url' | 'connect' | 'createSession'>;

/** The day's workshop and the archived one, by their labels in the fixture. */
export interface PlayedDay {
  day: string;
  archived: string;
}

/** Sends a command and insists on success: a fixture made of refused commands would prove nothing. */
async function send(mirror: Mirror, command: string, payload: object): Promise<void> {
  const emit = mirror.socket.emitWithAck.bind(mirror.socket) as (c: string, p: object) => Promise<{ ok: boolean; code?: string }>;
  const ack = await emit(command, payload);
  if (!ack.ok) throw new Error(`${command} was refused: ${ack.code}`);
}

/** Waits until the facilitator's mirror holds every event sent so far (the phones' commands included). */
const settled = (facilitator: Mirror, check: (state: SessionState) => boolean) => facilitator.until((m) => m.state !== undefined && check(m.state));

const talksOf = (state: SessionState) => state.agenda.items.filter((item) => item.kind === 'talk');

async function programmeRunLate(facilitator: Mirror): Promise<void> {
  await send(facilitator, 'agenda:mode', { mode: 'manual' });
  await send(facilitator, 'agenda:start', {});
  await send(facilitator, 'agenda:shift', { minutes: 15 });
  await send(facilitator, 'agenda:next', {});
  await send(facilitator, 'agenda:extend', { minutes: 5 });
  await send(facilitator, 'agenda:next', {});
}

async function boardWithModeration(facilitator: Mirror, phones: Mirror[]): Promise<string[]> {
  await send(facilitator, 'board:settings', { requireApproval: true, dotsPerParticipant: 3, allowStacking: true });
  await send(facilitator, 'board:phase', { phase: 'collecting' });
  const ideas: [number, string, string, string][] = [
    [0, 'idea-health', 'public', 'Fælles læsekampagne med sundhedsplejen'],
    [0, 'idea-cafe', 'market', 'Lokal café driver kaffebar i biblioteket'],
    [1, 'idea-redcross', 'civil', 'Lektiecafé med frivillige fra Røde Kors'],
    [1, 'idea-cafe2', 'market', 'Kaffebar i biblioteket med den lokale café'],
    [2, 'idea-maker', 'market', 'Virksomheder tester produkter i makerspacet'],
    [2, 'idea-spam', 'civil', 'Køb billige ure her'],
    [3, 'idea-citizen', 'public', 'Borgerservice og bibliotek deler vejledere'],
  ];
  for (const [phone, id, sector, text] of ideas) await send(phones[phone]!, 'idea:add', { id, sector, text, partner: 'Partner', gains: [] });
  await settled(facilitator, (s) => s.board.ideas.length === ideas.length);
  await send(facilitator, 'idea:review', { ids: ideas.filter(([, id]) => id !== 'idea-spam').map(([, id]) => id), decision: 'approve' });
  await send(facilitator, 'idea:review', { ids: ['idea-spam'], decision: 'reject' });
  await send(facilitator, 'idea:merge', { sourceId: 'idea-cafe2', targetId: 'idea-cafe' });
  await send(facilitator, 'group:create', { id: 'group-learning', sector: 'civil', title: 'Læring' });
  await send(facilitator, 'idea:group', { id: 'idea-redcross', groupId: 'group-learning' });
  await send(facilitator, 'idea:hide', { id: 'idea-maker', hidden: true });
  await send(facilitator, 'board:phase', { phase: 'voting' });
  const votes: [number, string][] = [[0, 'idea-redcross'], [0, 'idea-redcross'], [1, 'idea-health'], [1, 'idea-cafe'], [2, 'idea-redcross'], [3, 'idea-citizen'], [3, 'idea-health']];
  for (const [phone, ideaId] of votes) await send(phones[phone]!, 'vote:cast', { ideaId });
  await send(phones[3]!, 'vote:retract', { ideaId: 'idea-citizen' });
  await send(facilitator, 'board:phase', { phase: 'results' });
  return ideas.map(([, id]) => id);
}

async function questionsToSpeakers(facilitator: Mirror, phones: Mirror[]): Promise<void> {
  const [first, second] = talksOf(facilitator.state!);
  await send(phones[0]!, 'question:ask', { id: 'question-resources', itemId: first!.id, text: 'Hvordan måler I, hvad partnerne får ud af det?' });
  await send(phones[1]!, 'question:ask', { id: 'question-rules', itemId: first!.id, text: 'Hvem skriver de fælles spilleregler?' });
  await send(phones[2]!, 'question:ask', { id: 'question-off', itemId: second!.id, text: 'Hvornår er der frokost?' });
  await send(phones[1]!, 'question:upvote', { questionId: 'question-resources' });
  await send(phones[2]!, 'question:upvote', { questionId: 'question-resources' });
  await send(phones[3]!, 'question:upvote', { questionId: 'question-rules' });
  await send(facilitator, 'question:moderate', { questionId: 'question-resources', answered: true });
  await send(facilitator, 'question:moderate', { questionId: 'question-off', hidden: true });
}

async function polls(facilitator: Mirror, phones: Mirror[]): Promise<void> {
  await send(facilitator, 'poll:create', { id: 'poll-sector', kind: 'single', question: 'Hvilken sektor samarbejder I mest med?', options: ['Det offentlige', 'Markedet', 'Civilsamfundet'] });
  await send(facilitator, 'poll:open', { id: 'poll-sector' });
  for (const [i, phone] of phones.entries()) await send(phone, 'poll:answer', { pollId: 'poll-sector', choices: [i % 3] });
  await send(facilitator, 'poll:close', { id: 'poll-sector' });
  await send(facilitator, 'poll:create', { id: 'poll-words', kind: 'words', question: 'Ét ord om partnerskaber' });
  await send(facilitator, 'poll:open', { id: 'poll-words' });
  for (const [i, phone] of phones.entries()) await send(phone, 'poll:answer', { pollId: 'poll-words', words: [['Tillid', 'tillid ', 'Ressourcer', 'Netværk'][i]!] });
  await send(facilitator, 'poll:close', { id: 'poll-words' });
}

/** The second workshop of the day: a short one, archived by the organiser at the end. */
async function archivedWorkshop(server: Server, adminToken: string): Promise<string> {
  const created = await server.createSession({ title: 'Formiddagens værksted' });
  const facilitator = await joinAsFacilitator(server as TestServer, created);
  const phone = await joinAsParticipant(server as TestServer, created, 'Dorte');
  await send(facilitator, 'board:phase', { phase: 'collecting' });
  await send(phone, 'idea:add', { id: 'idea-museum', sector: 'public', text: 'Udstilling sammen med museet', gains: [] });
  await send(facilitator, 'board:phase', { phase: 'results' });
  const res = await fetch(`${server.url}${routePath(adminEndpoints.session, { id: created.sessionId })}`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ status: 'archived' }),
  });
  if (!res.ok) throw new Error(`archiving failed: ${res.status}`);
  for (const mirror of [facilitator, phone]) mirror.socket.disconnect();
  return created.sessionId;
}

export async function playSeminarDay(server: Server, adminToken: string): Promise<PlayedDay> {
  const created = await server.createSession({ title: 'Out of the box — nye partnerskaber' });
  const facilitator = await joinAsFacilitator(server as TestServer, created);
  const phones: Mirror[] = [];
  for (const name of ['Anne', 'Bo', 'Camilla', 'Glemte Gitte']) phones.push(await joinAsParticipant(server as TestServer, created, name));
  await programmeRunLate(facilitator);
  await questionsToSpeakers(facilitator, phones);
  await send(facilitator, 'agenda:next', {});
  await boardWithModeration(facilitator, phones);
  await polls(facilitator, phones);
  // "Glem mig": her name and id leave the log; her ideas, dots and answers stay, anonymous.
  await send(phones[3]!, 'participant:forget', {});
  for (let i = 0; i < 6; i++) await send(facilitator, 'agenda:next', {});
  for (const mirror of [facilitator, ...phones]) mirror.socket.disconnect();
  return { day: created.sessionId, archived: await archivedWorkshop(server, adminToken) };
}
