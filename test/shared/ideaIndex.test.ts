import { describe, expect, it } from 'vitest';
import { addIdea, findIdea, removeIdea, updateIdea } from '../../shared/board/ideas';
import { emptyBoard } from '../../shared/board/initial';
import type { BoardState, Idea } from '../../shared/board/types';

const idea = (id: string, text = id): Idea => ({
  id, sector: 'civil', text, partner: '', libraryBrings: '', partnerBrings: '', gains: [], reasons: [], kind: {},
  authorId: null, createdAt: 0, updatedAt: 0, version: 1, hidden: false, groupId: null, tableId: null, votes: {},
});

const withIdeas = (ids: string[]): BoardState => ids.reduce((board, id) => addIdea(board, idea(id)), emptyBoard());

describe('finding an idea by id without scanning the board', () => {
  it('finds every idea after adds, replacements and a removal', () => {
    let board = withIdeas(['a', 'b', 'c', 'd']);
    board = updateIdea(board, 'c', (i) => ({ ...i, text: 'C' }));
    board = removeIdea(board, 'b');
    board = addIdea(board, idea('e'));
    expect(['a', 'c', 'd', 'e'].map((id) => findIdea(board, id)?.id)).toEqual(['a', 'c', 'd', 'e']);
    expect(findIdea(board, 'c')!.text).toBe('C');
    expect(findIdea(board, 'b')).toBeUndefined();
  });

  it('answers right on two boards that went different ways from one (the memo is shared, the arrays decide)', () => {
    const base = withIdeas(['a', 'b']);
    findIdea(base, 'a');
    const left = addIdea(base, idea('x'));
    const right = addIdea(base, idea('y'));
    expect(findIdea(left, 'x')?.id).toBe('x');
    expect(findIdea(left, 'y')).toBeUndefined();
    expect(findIdea(right, 'y')?.id).toBe('y');
    expect(findIdea(right, 'x')).toBeUndefined();
    expect(findIdea(base, 'x')).toBeUndefined();
    expect(updateIdea(left, 'y', (i) => ({ ...i, text: 'no' }))).toBe(left);
  });

  it('replaces an idea it already holds instead of adding it twice', () => {
    const board = addIdea(withIdeas(['a', 'b']), idea('a', 'again'));
    expect(board.ideas.map((i) => i.text)).toEqual(['again', 'b']);
  });
});
