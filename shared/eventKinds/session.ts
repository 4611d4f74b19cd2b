// The session's own event kinds: its creation, who takes part, its name, day and status.
import { OTHERS } from '../board/dots';
import type { SessionEvent } from '../session/events';
import { namesShown } from '../projection/view';
import { projectState } from '../projection/state';
import { concernsNoOneElse, type EventKind, hiddenFromAll, type KindMap, type Of, plain, staysVisible } from './kind';
import { boardPlaces, pollPlaces, questionPlaces, statePlaces } from './people';
import { undoPlaces } from '../undo/places';

/** Their own join, rename or "Glem mig" reaches the participant; others' only a projector showing names. */
const project: EventKind<Of<'participant:joined' | 'participant:renamed' | 'participant:forgotten'>>['project'] = (event, { audience, after, me }) =>
  event.participantId === me || namesShown(audience, after.board) ? event : null;

const naming = <E extends Of<'participant:joined' | 'participant:renamed'>>(): EventKind<E> => ({
  project,
  concerns: concernsNoOneElse,
  stillVisible: staysVisible,
  people: (event, places) => ({ ...event, participantId: places.id(event.participantId), name: places.name(event.participantId, event.name) }),
});

export const sessionKinds: KindMap<SessionEvent> = {
  'session:created': {
    project: (event, { audience, after }) => {
      const view = projectState(after, audience);
      return { ...event, board: view.board, participants: view.participants };
    },
    concerns: concernsNoOneElse,
    stillVisible: staysVisible,
    people: (event, places) => ({
      ...event,
      board: boardPlaces(places, event.board),
      ...(event.participants ? { participants: places.participants(event.participants) } : {}),
      ...(event.polls ? { polls: event.polls.map((poll) => pollPlaces(places, poll)) } : {}),
      ...(event.questions ? { questions: event.questions.map((question) => questionPlaces(places, question)) } : {}),
    }),
  },
  'participant:joined': naming(),
  'participant:renamed': naming(),
  'participant:forgotten': {
    // Everyone else learns only that one more person is counted without a name, so the counts agree everywhere.
    project: (event, context) => project(event, context) ?? { ...event, participantId: OTHERS },
    concerns: concernsNoOneElse,
    stillVisible: staysVisible,
    people: (event, places) => ({ ...event, participantId: places.id(event.participantId) }),
  },
  'session:statusChanged': plain,
  'session:renamed': plain,
  'session:rescheduled': plain,
  // Made by the projection for one screen, never stored nor projected again.
  'view:reset': { ...plain, project: hiddenFromAll, people: (event, places) => {
      const state = statePlaces(places, event.state);
      return { ...event, state: event.state.undo ? { ...state, undo: undoPlaces(places, event.state.undo) } : state };
    },
  },
};
