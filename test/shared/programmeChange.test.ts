// A programme edit stores what it changed, not the whole programme; old events that carried the whole programme
// still fold to the same state.
import { describe, expect, it } from 'vitest';
import { applyProgrammeChange, programmeChange } from '../../shared/agenda/programmeChange';
import { MINUTE } from '../../shared/agenda/schedule';
import type { AgendaItem } from '../../shared/agenda/types';
import type { CommandName, CommandPayload } from '../../shared/contract';
import { evolve } from '../../shared/evolve';
import type { SessionState } from '../../shared/state';
import { decide, facilitator, NOW, sessionWith } from '../kit/domain';

/** The default day grown to 60 items, each with a long note: about 50 KB of programme. */
function bigProgramme(): SessionState {
  const base = sessionWith();
  const first = base.agenda.items.at(-1)!.end;
  const extra: AgendaItem[] = Array.from({ length: 49 }, (_, i) => ({
    ...base.agenda.items[0]!,
    id: `extra-${String(i).padStart(4, '0')}`,
    title: `Punkt ${i}`,
    start: first + i * 10 * MINUTE,
    end: first + (i + 1) * 10 * MINUTE,
  }));
  const items = [...base.agenda.items, ...extra].map((item) => ({ ...item, note: 'n'.repeat(500) }));
  return { ...base, agenda: { ...base.agenda, items } };
}

const edits: { [K in CommandName]?: (s: SessionState) => CommandPayload<K> } & Record<string, (s: SessionState) => unknown> = {
  'agenda:add': () => ({ id: 'item-added-0001', item: { kind: 'talk', title: 'Nyt', start: '16:00', end: '16:05' }, shiftRest: true }),
  'agenda:edit': (s) => ({ id: s.agenda.items[3]!.id, changes: { title: 'Kaffe og kage' } }),
  'agenda:remove': (s) => ({ id: s.agenda.items[5]!.id }),
  'agenda:reorder': (s) => ({ id: s.agenda.items[1]!.id, toIndex: 4 }),
  'agenda:extend': () => ({ minutes: 10 }),
  'agenda:shift': () => ({ minutes: 15 }),
};

describe('programme edits', () => {
  const state = bigProgramme();
  const programmeBytes = JSON.stringify(state.agenda.items).length;

  it.each(Object.keys(edits))('%s stores a small change that folds to the full new programme', (name) => {
    const started = name === 'agenda:extend' ? { ...state, agenda: { ...state.agenda, mode: 'clock' as const } } : state;
    const result = decide(started, facilitator, name as CommandName, edits[name]!(started) as never);
    if ('error' in result) throw new Error(result.error);
    const event = result.events.find((e) => e.type === 'agenda:scheduled')!;
    const after = evolve(started, { seq: started.seq + 1, at: NOW, actor: 'facilitator', event });
    expect('items' in event).toBe(false);
    // Even a change that moves the rest of the day writes only new times, a tenth of the programme or less.
    expect(JSON.stringify(event).length).toBeLessThan(programmeBytes * 0.1);
    // The same programme as a whole-programme event (as a stored event of an earlier release carries it).
    const full = { ...event, items: after.agenda.items } as typeof event;
    expect(evolve(started, { seq: started.seq + 1, at: NOW, actor: 'facilitator', event: full }).agenda).toEqual(after.agenda);
  });

  it('still reads an old event that carried the whole programme', () => {
    const items = state.agenda.items.slice(1).map((item, i) => (i === 0 ? { ...item, title: 'Omdøbt' } : item));
    const old = { type: 'agenda:scheduled', items, change: 'edit', itemId: items[0]!.id } as const;
    const after = evolve(state, { seq: state.seq + 1, at: NOW, actor: 'facilitator', event: old });
    expect(after.agenda.items).toEqual(items);
    expect(after.agenda.log.at(-1)).toMatchObject({ change: 'edit', title: 'Omdøbt' });
  });

  it('keeps an order that sorting by start would not give', () => {
    const a = { ...state.agenda.items[0]!, id: 'a', start: 0, end: 10 };
    const b = { ...a, id: 'b' };
    const c = { ...a, id: 'c', start: 10, end: 20 };
    const change = programmeChange([a, b, c], [b, a, c]);
    expect(change.order).toEqual(['b', 'a', 'c']);
    expect(applyProgrammeChange([a, b, c], change).map((i) => i.id)).toEqual(['b', 'a', 'c']);
    expect(programmeChange([a, b, c], [a, b, c])).toEqual({ changed: [], removed: [] });
  });
});
