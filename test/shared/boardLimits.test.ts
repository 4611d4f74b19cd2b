// The limits on one board (shared/limits.ts): ideas per participant and per board, and an import size that
// always takes back the export of a board filled to those limits.
import { describe, expect, it } from 'vitest';
import type { Idea } from '../../shared/board/types';
import { consistencyProblems } from '../../shared/export/consistency';
import { sessionDocumentSchema, toDocument } from '../../shared/export/sessionDocument';
import { boardLimits, IMPORT_MAX_BYTES, limits } from '../../shared/limits';
import type { SessionState } from '../../shared/state';
import { anna, apply, bo, decide, facilitator, sessionWith } from '../helpers/domain';

const collecting = () => apply(sessionWith(), facilitator, 'board:phase', { phase: 'collecting' });
const idea = (n: number) => ({ id: `idea-${String(n).padStart(8, '0')}`, sector: 'civil' as const, text: `Idé ${n}` });

describe('ideas per participant and per board', () => {
  it(`refuses the ${boardLimits.ideasPerParticipant + 1}th idea of one participant with limit_reached, not another's`, () => {
    let state = collecting();
    for (let n = 0; n < boardLimits.ideasPerParticipant; n++) state = apply(state, anna, 'idea:add', idea(n));
    expect(decide(state, anna, 'idea:add', idea(999))).toEqual({ error: 'limit_reached' });
    expect(decide(state, bo, 'idea:add', idea(999))).toHaveProperty('events');
    // A retried add of an idea already on the board is still acknowledged, not refused.
    expect(decide(state, anna, 'idea:add', idea(0))).toEqual({ events: [] });
  });

  it(`refuses any idea past ${boardLimits.ideasPerBoard} on the board, the facilitator's too`, () => {
    const base = collecting();
    const ideas = Array.from({ length: boardLimits.ideasPerBoard }, (_, n) => ({ ...base.board.ideas[0], ...fullIdea(n, null) }));
    const full: SessionState = { ...base, board: { ...base.board, ideas } };
    expect(decide(full, bo, 'idea:add', idea(999_999))).toEqual({ error: 'limit_reached' });
    expect(decide(full, facilitator, 'idea:add', idea(999_999))).toEqual({ error: 'limit_reached' });
  });

  it('refuses control characters and lone surrogates in idea text', () => {
    const state = collecting();
    expect(decide(state, anna, 'idea:add', { ...idea(1), text: 'a\u0000b' })).toEqual({ error: 'invalid_payload' });
    expect(decide(state, anna, 'idea:add', { ...idea(1), text: 'a\ud800b' })).toEqual({ error: 'invalid_payload' });
    expect(decide(state, anna, 'idea:add', { ...idea(1), text: 'to linjer\nmed tab\t og 😀 æøå' })).toHaveProperty('events');
  });
});

const id64 = (prefix: string, n: number) => `${prefix}-${n}`.padEnd(64, 'x');
/** Three bytes of UTF-8 for each UTF-16 unit: the dearest a permitted character of any typed text can be in the export. */
const dear = (length: number) => '€'.repeat(length);

function fullIdea(n: number, authorId: string | null): Idea {
  return {
    id: id64('idea', n),
    sector: 'market',
    text: dear(limits.ideaText),
    partner: dear(limits.ideaField),
    libraryBrings: dear(limits.ideaField),
    partnerBrings: dear(limits.ideaField),
    gains: ['credibility', 'knowledge', 'customers', 'lab', 'staff', 'mission'],
    reasons: ['resources', 'network', 'monoculture', 'community'],
    kind: { reach: 'international', duration: 'short', projectType: 'spearhead', character: 'innovative' } as Idea['kind'],
    authorId,
    createdAt: Date.UTC(2026, 10, 25, 12),
    updatedAt: Date.UTC(2026, 10, 25, 12),
    version: 999_999,
    hidden: false,
    groupId: id64('group', n % boardLimits.groups),
    tableId: null,
    votes: {},
  };
}

describe('the import size limit', () => {
  it('takes back the export of a board filled to every limit with the dearest characters', () => {
    const base = sessionWith();
    const participants: SessionState['participants'] = {};
    for (let p = 0; p < boardLimits.participantsPerBoard; p++) {
      participants[id64('p', p)] = { id: id64('p', p), name: dear(limits.displayName), joinedAt: Date.UTC(2026, 10, 25, 12) };
    }
    const ids = Object.keys(participants);
    const ideas = Array.from({ length: boardLimits.ideasPerBoard }, (_, n) => fullIdea(n, ids[n % ids.length]!));
    // Every participant spends every dot, one per idea: the most vote rows an export can have.
    ids.forEach((pid, p) => {
      for (let d = 0; d < boardLimits.dotsPerParticipant; d++) ideas[(p * boardLimits.dotsPerParticipant + d) % ideas.length]!.votes[pid] = 1;
    });
    const groups: SessionState['board']['groups'] = {};
    for (let g = 0; g < boardLimits.groups; g++) groups[id64('group', g)] = { id: id64('group', g), sector: 'market', title: dear(80) };
    const item = base.agenda.items[0]!;
    const items = Array.from({ length: boardLimits.agendaItems }, (_, i) => ({
      ...item,
      id: id64('item', i),
      title: dear(200),
      speaker: dear(120),
      note: dear(500),
      start: item.start + i * 60_000,
      end: item.start + (i + 1) * 60_000,
      actualStart: item.start,
      actualEnd: item.end,
    }));
    const state: SessionState = {
      ...base,
      title: dear(200),
      participants,
      agenda: { ...base.agenda, items },
      board: { ...base.board, ideas, groups, settings: { ...base.board.settings, dotsPerParticipant: boardLimits.dotsPerParticipant } },
    };
    // Exactly what GET /export.json writes.
    const json = JSON.stringify(toDocument(state, Date.now()), null, 2);
    const bytes = Buffer.byteLength(json);
    console.log(`worst-case export at the board limits: ${(bytes / 1024 / 1024).toFixed(1)} MB; import limit ${(IMPORT_MAX_BYTES / 1024 / 1024).toFixed(1)} MB`);
    expect(bytes).toBeLessThanOrEqual(IMPORT_MAX_BYTES);
    const parsed = sessionDocumentSchema.safeParse(JSON.parse(json));
    expect(parsed.error?.issues.slice(0, 3)).toBeUndefined();
    expect(consistencyProblems(parsed.data!)).toEqual([]);
  });
});
