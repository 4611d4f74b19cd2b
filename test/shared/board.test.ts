import { describe, expect, it } from 'vitest';
import { findIdea } from '../../shared/board/ideas';
import { dotsLeft, ranking } from '../../shared/board/selectors';
import { followUps } from '../../shared/policies';
import { anna, apply, bo, decide, facilitator, NOW, sessionWith } from '../kit/domain';

const collecting = () => apply(sessionWith(), facilitator, 'board:phase', { phase: 'collecting' });
const withIdea = (id = 'idea-0000001', by = anna, extra = {}) =>
  apply(collecting(), by, 'idea:add', { id, sector: 'market', text: 'Kaffebar i biblioteket', gains: ['customers'], ...extra });

describe('adding ideas', () => {
  it('stores an idea with defaults for the fields left out, by its author', () => {
    const idea = findIdea(withIdea().board, 'idea-0000001')!;
    expect(idea).toMatchObject({ sector: 'market', text: 'Kaffebar i biblioteket', partner: '', gains: ['customers'], authorId: 'anna-00001', version: 1, votes: {} });
  });

  it('treats a retried add with the same id by the same author as the same idea', () => {
    expect(decide(withIdea(), anna, 'idea:add', { id: 'idea-0000001', sector: 'market', text: 'Kaffebar i biblioteket' })).toEqual({ events: [] });
  });

  it('refuses an id another participant already used', () => {
    expect(decide(withIdea(), bo, 'idea:add', { id: 'idea-0000001', sector: 'public', text: 'x' })).toEqual({ error: 'conflict' });
  });

  it.each([
    ['empty text', { text: '   ' }, 'invalid_payload'],
    ['text over 500 characters', { text: 'x'.repeat(501) }, 'too_large'],
    ['an unknown sector', { sector: 'church' }, 'invalid_payload'],
    ['a gain of another sector', { gains: ['goodwill'] }, 'invalid_payload'],
    ['an unknown reason', { reasons: ['money'] }, 'invalid_payload'],
    ['an unknown kind', { kind: { reach: 'galactic' } }, 'invalid_payload'],
    ['an unknown field', { colour: 'red' }, 'invalid_payload'],
  ])('rejects %s', (_label, change, code) => {
    expect(decide(collecting(), anna, 'idea:add', { id: 'idea-0000009', sector: 'market', text: 'ok', ...change } as never)).toEqual({ error: code });
  });
});

describe('changing ideas', () => {
  it('applies an edit based on the current version and bumps the version', () => {
    const state = apply(withIdea(), anna, 'idea:edit', { id: 'idea-0000001', baseVersion: 1, partner: 'Lokal café' });
    expect(findIdea(state.board, 'idea-0000001')).toMatchObject({ partner: 'Lokal café', text: 'Kaffebar i biblioteket', version: 2 });
  });

  it('refuses an edit based on a stale version instead of overwriting', () => {
    const state = apply(withIdea(), facilitator, 'idea:edit', { id: 'idea-0000001', baseVersion: 1, text: 'Facilitator' });
    expect(decide(state, anna, 'idea:edit', { id: 'idea-0000001', baseVersion: 1, text: 'Anna' })).toEqual({ error: 'conflict' });
  });

  it('acknowledges an edit or a delete sent again after it was applied, and changes nothing', () => {
    const edit = { id: 'idea-0000001', baseVersion: 1, text: 'Kaffebar med bagere', partner: 'Lokal café' };
    const edited = apply(withIdea(), anna, 'idea:edit', edit);
    expect(decide(edited, anna, 'idea:edit', edit)).toEqual({ events: [] });
    expect(decide(edited, anna, 'idea:edit', { ...edit, text: 'Noget andet' })).toEqual({ error: 'conflict' });
    const deleted = apply(edited, anna, 'idea:delete', { id: 'idea-0000001' });
    expect(decide(deleted, anna, 'idea:delete', { id: 'idea-0000001' })).toEqual({ events: [] });
  });

  it('drops gains that do not belong to the sector an idea is moved to', () => {
    const state = apply(withIdea(), facilitator, 'idea:move', { id: 'idea-0000001', sector: 'civil' });
    expect(findIdea(state.board, 'idea-0000001')).toMatchObject({ sector: 'civil', gains: [] });
  });

  it('hides an idea from everyone but the facilitator', () => {
    const state = apply(withIdea(), facilitator, 'idea:hide', { id: 'idea-0000001', hidden: true });
    expect(decide(state, bo, 'idea:edit', { id: 'idea-0000001', baseVersion: 2, text: 'x' })).toEqual({ error: 'not_found' });
    expect(ranking(state.board, 'market')).toEqual([]);
  });

  it('merges duplicates keeping both texts and every vote', () => {
    let state = withIdea('idea-0000001');
    state = apply(state, bo, 'idea:add', { id: 'idea-0000002', sector: 'market', text: 'Café med lokale bagere' });
    state = apply(state, facilitator, 'board:phase', { phase: 'voting' });
    state = apply(state, anna, 'vote:cast', { ideaId: 'idea-0000001' });
    state = apply(state, bo, 'vote:cast', { ideaId: 'idea-0000002' });
    state = apply(state, anna, 'vote:cast', { ideaId: 'idea-0000002' });
    state = apply(state, facilitator, 'idea:merge', { sourceId: 'idea-0000002', targetId: 'idea-0000001' });
    expect(state.board.ideas).toHaveLength(1);
    expect(state.board.ideas[0]).toMatchObject({ text: 'Kaffebar i biblioteket\n\nCafé med lokale bagere', votes: { 'anna-00001': 2, 'bo-0000001': 1 } });
  });

  it('ungroups the ideas of a deleted group', () => {
    let state = apply(withIdea(), facilitator, 'group:create', { id: 'group-00001', sector: 'market', title: 'Caféer' });
    state = apply(state, facilitator, 'idea:group', { id: 'idea-0000001', groupId: 'group-00001' });
    expect(findIdea(state.board, 'idea-0000001')!.groupId).toBe('group-00001');
    state = apply(state, facilitator, 'group:delete', { id: 'group-00001' });
    expect(findIdea(state.board, 'idea-0000001')!.groupId).toBeNull();
  });
});

describe('voting', () => {
  const voting = (settings = {}) => {
    let state = withIdea('idea-0000001');
    state = apply(state, bo, 'idea:add', { id: 'idea-0000002', sector: 'public', text: 'Borgerservice i biblioteket' });
    state = apply(state, facilitator, 'board:settings', { dotsPerParticipant: 2, ...settings });
    return apply(state, facilitator, 'board:phase', { phase: 'voting' });
  };

  it('counts dots left and refuses one dot too many', () => {
    let state = apply(voting({ allowStacking: true }), anna, 'vote:cast', { ideaId: 'idea-0000001' });
    state = apply(state, anna, 'vote:cast', { ideaId: 'idea-0000001' });
    expect(dotsLeft(state.board, 'anna-00001')).toBe(0);
    expect(decide(state, anna, 'vote:cast', { ideaId: 'idea-0000002' })).toEqual({ error: 'limit_reached' });
  });

  it('gives a dot back when it is taken back', () => {
    let state = apply(voting(), anna, 'vote:cast', { ideaId: 'idea-0000002' });
    state = apply(state, anna, 'vote:retract', { ideaId: 'idea-0000002' });
    expect(dotsLeft(state.board, 'anna-00001')).toBe(2);
    expect(findIdea(state.board, 'idea-0000002')!.votes).toEqual({});
  });

  it('places a dot sent again (with the count it makes) once, and takes one back once', () => {
    let state = apply(voting({ allowStacking: true }), anna, 'vote:cast', { ideaId: 'idea-0000001', dots: 1 });
    expect(decide(state, anna, 'vote:cast', { ideaId: 'idea-0000001', dots: 1 })).toEqual({ events: [] });
    state = apply(state, anna, 'vote:cast', { ideaId: 'idea-0000001', dots: 2 });
    expect(findIdea(state.board, 'idea-0000001')!.votes).toEqual({ 'anna-00001': 2 });
    state = apply(state, anna, 'vote:retract', { ideaId: 'idea-0000001', dots: 1 });
    expect(decide(state, anna, 'vote:retract', { ideaId: 'idea-0000001', dots: 1 })).toEqual({ events: [] });
    expect(dotsLeft(state.board, 'anna-00001')).toBe(1);
  });

  it('ranks a sector by votes, then newest', () => {
    let state = apply(voting(), anna, 'vote:cast', { ideaId: 'idea-0000002' });
    state = apply(state, bo, 'vote:cast', { ideaId: 'idea-0000002' });
    expect(ranking(state.board, 'public').map((r) => [r.idea.id, r.votes])).toEqual([['idea-0000002', 2]]);
  });
});

describe('the workshop slot opens the board', () => {
  const clockMode = () => ({ ...sessionWith(), agenda: { ...sessionWith().agenda, mode: 'clock' as const } });
  // The agenda's own policy also notes actual times in clock mode; only the board's follow-ups matter here.
  const boardFollowUps = (...args: Parameters<typeof followUps>) => followUps(...args).filter((e) => e.type.startsWith('board:'));

  it('opens collecting once when the workshop item becomes current', () => {
    expect(boardFollowUps(clockMode(), NOW)).toEqual([{ type: 'board:phaseChanged', phase: 'collecting', autoOpenedFor: expect.any(String) }]);
  });

  it('does not reopen a board the facilitator closed during the same slot', () => {
    const state = clockMode();
    const opened = { ...state, board: { ...state.board, autoOpenedFor: state.agenda.items[7]!.id } };
    expect(boardFollowUps(opened, NOW)).toEqual([]);
  });

  it('does nothing outside the workshop slot or when the setting is off', () => {
    expect(boardFollowUps(clockMode(), NOW - 3 * 3600_000)).toEqual([]);
    const off = clockMode();
    expect(boardFollowUps({ ...off, board: { ...off.board, settings: { ...off.board.settings, openOnWorkshop: false } } }, NOW)).toEqual([]);
  });
});
