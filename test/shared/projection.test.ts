import { describe, expect, it } from 'vitest';
import { OTHERS } from '../../shared/board/dots';
import { visibleIdeas } from '../../shared/board/selectors';
import type { CommandName, CommandPayload } from '../../shared/contract';
import type { SequencedEvent } from '../../shared/events';
import { evolve, evolveAll } from '../../shared/evolve';
import { concerned, projectEvent, stillVisible } from '../../shared/projection/event';
import { projectState } from '../../shared/projection/state';
import { ANY_PARTICIPANT, type Audience } from '../../shared/projection/view';
import { type Actor, actorRef, type SessionState } from '../../shared/state';
import { anna, bo, decide, facilitator, NOW, projector, sessionWith } from '../kit/domain';

const cara: Audience = { role: 'participant', participantId: 'cara-00001' };

/** Runs commands like the server: decide, number, and keep each event with the states around it. */
function run(start: SessionState) {
  let state = start;
  const log: { event: SequencedEvent; before: SessionState; after: SessionState }[] = [];
  const step = <K extends CommandName>(actor: Actor, name: K, payload: CommandPayload<K>) => {
    const result = decide(state, actor, name, payload, NOW);
    if ('error' in result) throw new Error(`${name}: ${result.error}`);
    for (const domainEvent of result.events) {
      const event = { seq: state.seq + 1, at: NOW, actor: actorRef(actor), event: domainEvent };
      const before = state;
      state = evolve(state, event);
      log.push({ event, before, after: state });
    }
  };
  const join = (participantId: string, name: string) => {
    const event: SequencedEvent = { seq: state.seq + 1, at: NOW, actor: participantId, event: { type: 'participant:joined', participantId, name } };
    const before = state;
    state = evolve(state, event);
    log.push({ event, before, after: state });
  };
  return { step, join, log, get state() { return state; } };
}

/** A day that touches every rule: approval, hiding, votes, merging, results, names on the projector, "Glem mig". */
function day() {
  const r = run(sessionWith());
  r.step(facilitator, 'board:phase', { phase: 'collecting' });
  r.step(anna, 'idea:add', { id: 'idea-anna-1', sector: 'civil', text: 'Lektiecafé' });
  r.step(bo, 'idea:add', { id: 'idea-bo-001', sector: 'public', text: 'Jobcenter' });
  r.step(facilitator, 'board:settings', { requireApproval: true });
  r.step(anna, 'idea:add', { id: 'idea-anna-2', sector: 'market', text: 'Ventende idé' });
  r.step(bo, 'idea:add', { id: 'idea-bo-002', sector: 'market', text: 'Afvist idé' });
  r.step(anna, 'idea:edit', { id: 'idea-anna-2', baseVersion: 1, text: 'Ventende idé, rettet' });
  r.join('cara-00001', 'Cara');
  r.step(facilitator, 'idea:review', { ids: ['idea-anna-2'], decision: 'approve' });
  r.step(facilitator, 'idea:review', { ids: ['idea-bo-002'], decision: 'reject' });
  r.step(facilitator, 'idea:add', { id: 'idea-fac-01', sector: 'civil', text: 'Facilitatorens idé' });
  r.step(facilitator, 'idea:hide', { id: 'idea-bo-001', hidden: true });
  r.step(facilitator, 'board:phase', { phase: 'voting' });
  r.step(anna, 'vote:cast', { ideaId: 'idea-fac-01' });
  r.step(bo, 'vote:cast', { ideaId: 'idea-anna-1' });
  r.step(cara, 'vote:cast', { ideaId: 'idea-anna-1' });
  r.step(cara, 'vote:cast', { ideaId: 'idea-anna-2' });
  r.step(bo, 'vote:retract', { ideaId: 'idea-anna-1' });
  r.step(bo, 'vote:cast', { ideaId: 'idea-fac-01' });
  r.step(facilitator, 'idea:hide', { id: 'idea-bo-001', hidden: false });
  r.step(facilitator, 'idea:merge', { sourceId: 'idea-anna-2', targetId: 'idea-fac-01' });
  r.step(facilitator, 'board:phase', { phase: 'results' });
  r.step(facilitator, 'board:settings', { showNamesOnProjector: true });
  r.step(anna, 'participant:rename', { name: 'Anna A' });
  r.step(bo, 'participant:forget', {});
  r.step(facilitator, 'board:settings', { showNamesOnProjector: false });
  r.step(facilitator, 'board:phase', { phase: 'voting' });
  return r;
}

/**
 * What a screen shows; a hidden idea it had stays in its memory, unseen (the server sends nothing of it), and its
 * undo list is what it folded itself (only the facilitator's is used).
 */
const shown = ({ undo: _undo, ...state }: SessionState, audience: Audience) => ({
  ...state,
  board: { ...state.board, ideas: visibleIdeas(state.board, audience).sort((a, b) => a.id.localeCompare(b.id)) },
});

const audiences: [string, Audience][] = [
  ['the projector', projector],
  ['Anna', anna],
  ['Bo (forgotten at the end)', bo],
  ['Cara, who joined late', cara],
  ['a participant nothing is about', ANY_PARTICIPANT],
  ['the facilitator', facilitator],
];

describe('the projection by audience', () => {
  const r = day();

  it.each(audiences)('lets %s fold its projected events from any projected snapshot into its projected final state', (_name, audience) => {
    for (const from of [0, 5, 12, 20]) {
      const start = r.log[from]!.before;
      let view = projectState(start, audience);
      const events = r.log.slice(from).flatMap(({ event, before, after }) => projectEvent(event, audience, before, after) ?? []);
      view = evolveAll(view, events);
      const final = projectState(r.state, audience);
      expect(shown({ ...view, seq: final.seq }, audience)).toEqual(shown(final, audience));
    }
  });

  it.each(audiences)('lets %s catch up with what is still visible now and reach the same state', (_name, audience) => {
    for (const from of [0, 5, 12, 20]) {
      const events = r.log
        .slice(from)
        .flatMap(({ event, before, after }) => projectEvent(event, audience, before, after) ?? [])
        .flatMap((event) => stillVisible(event, audience, r.state) ?? []);
      const view = evolveAll(projectState(r.log[from]!.before, audience), events);
      const final = projectState(r.state, audience);
      expect(shown({ ...view, seq: final.seq }, audience)).toEqual(shown(final, audience));
    }
  });

  it('gives every participant an event is not about the same projection as any participant', () => {
    for (const { event, before, after } of r.log) {
      const about = new Set(concerned(event, before));
      for (const participant of [anna, bo, cara]) {
        if (participant.role !== 'participant' || about.has(participant.participantId)) continue;
        expect(projectEvent(event, participant, before, after)).toEqual(projectEvent(event, ANY_PARTICIPANT, before, after));
      }
    }
  });

  it('never tells a participant another participant id, name or vote, nor the text of a hidden, waiting or rejected idea', () => {
    const wire = (audience: Audience) =>
      JSON.stringify([projectState(sessionWith(), audience), ...r.log.map(({ event, before, after }) => projectEvent(event, audience, before, after))]);
    const annas = wire(anna);
    for (const secret of ['bo-0000001', 'cara-00001', '"Bo"', 'Cara', 'Afvist idé']) expect(annas).not.toContain(secret);
    const caras = wire(cara);
    for (const secret of ['anna-00001', 'bo-0000001', 'Anna', 'Afvist idé']) expect(caras).not.toContain(secret);
    // Anna's waiting idea reaches Cara only with its approval.
    const approvedAt = r.log.findIndex(({ event }) => event.event.type === 'idea:reviewed');
    const waiting = r.log.slice(0, approvedAt).map(({ event, before, after }) => projectEvent(event, cara, before, after));
    expect(JSON.stringify(waiting)).not.toContain('Ventende');
    // Bo's idea was hidden when Cara joined: she never gets its text until it is shown again, and then as a new idea.
    const hiddenAt = r.log.findIndex(({ event }) => event.event.type === 'idea:hidden');
    const beforeShownAgain = r.log.slice(hiddenAt, r.log.findIndex(({ event }) => event.event.type === 'idea:hidden' && !event.event.hidden));
    expect(JSON.stringify(beforeShownAgain.map(({ event, before, after }) => projectEvent(event, cara, before, after)))).not.toContain('Jobcenter');
  });

  it('shows the projector names only while the facilitator shows them', () => {
    const namesOn = r.log.findIndex(({ event }) => event.event.type === 'board:settingsChanged' && event.event.settings.showNamesOnProjector === true);
    const reset = projectEvent(r.log[namesOn]!.event, projector, r.log[namesOn]!.before, r.log[namesOn]!.after)!;
    expect(reset.event.type).toBe('view:reset');
    expect(JSON.stringify(reset)).toContain('Anna');
    expect(JSON.stringify(projectState(r.state, projector))).not.toContain('Anna');
    expect(JSON.stringify(projectState(r.log[namesOn - 1]!.after, projector))).not.toContain('anna-00001');
  });

  it('keeps vote totals from phones until results, then gives counts without voters', () => {
    const voting = projectState(r.log.find(({ after }) => after.board.phase === 'voting')!.after, cara);
    expect(voting.board.ideas.every((idea) => !Object.hasOwn(idea.votes, OTHERS))).toBe(true);
    const results = r.log.find(({ after }) => after.board.phase === 'results')!.after;
    const target = projectState(results, cara).board.ideas.find((idea) => idea.id === 'idea-fac-01')!;
    expect(target.votes).toEqual({ 'cara-00001': 1, [OTHERS]: 2 });
  });

  it('keeps the dots of a forgotten participant as counts and their ideas without an author', () => {
    const board = r.state.board;
    expect(r.state.participants).not.toHaveProperty('bo-0000001');
    expect(JSON.stringify(board)).not.toContain('bo-0000001');
    expect(board.ideas.find((idea) => idea.id === 'idea-bo-001')!.authorId).toBe(OTHERS);
    expect(board.ideas.find((idea) => idea.id === 'idea-fac-01')!.votes[OTHERS]).toBe(1);
  });
});
