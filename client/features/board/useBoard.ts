import { useCallback } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Label } from '../../../shared/board/framework';
import { emptyBoard } from '../../../shared/board/initial';
import { canSeeIdea } from '../../../shared/board/permissions';
import { visibleIdeas } from '../../../shared/board/selectors';
import type { BoardState, Idea } from '../../../shared/board/types';
import { useApp } from '../../store/appStore';

const noBoard: BoardState = emptyBoard();

export function useBoard(): BoardState {
  return useApp((s) => s.session?.board ?? noBoard);
}

/**
 * The ideas this screen's actor may see, in the order they were added; on a phone also its own ideas the facilitator
 * hid (the server sends those to their author only), which the phone marks as hidden.
 */
export function useVisibleIdeas(): Idea[] {
  return useApp(
    useShallow((s) => {
      if (!s.session) return [];
      const me = s.actor?.role === 'participant' ? s.actor.participantId : null;
      if (!me) return visibleIdeas(s.session.board, s.actor);
      return s.session.board.ideas.filter((idea) => canSeeIdea(s.actor, idea) || (idea.hidden && idea.authorId === me));
    }),
  );
}

export function useMyParticipantId(): string | null {
  return useApp((s) => (s.actor?.role === 'participant' ? s.actor.participantId : null));
}

export function useLabel(): (label: Label) => string {
  const language = useApp((s) => s.language);
  return useCallback((label: Label) => label[language], [language]);
}

export function useAuthorName(): (idea: Idea) => string | null {
  const participants = useApp((s) => s.session?.participants);
  return useCallback((idea: Idea) => (idea.authorId ? (participants?.[idea.authorId]?.name ?? null) : null), [participants]);
}
