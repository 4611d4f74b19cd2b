// Where the undo list holds a person: an idea or a question merged away, kept whole with its voters. Apart from
// statePlaces (shared/eventKinds/people.ts), so a phone, which never holds the list, does not load it; the reducer
// that keeps the list (shared/undo/record.ts) walks it when a participant is forgotten.
import { ideaPlaces, type PersonPlaces, questionPlaces } from '../eventKinds/people';
import type { UndoEntry } from './types';

function entryPlaces(places: PersonPlaces, entry: UndoEntry): UndoEntry {
  if (entry.kind === 'merge') return { ...entry, source: ideaPlaces(places, entry.source) };
  if (entry.kind !== 'questionMerge') return entry;
  const ids = (list: string[]) => list.map((id) => places.id(id));
  return { ...entry, source: questionPlaces(places, entry.source), targetVoters: ids(entry.targetVoters), mergedVoters: ids(entry.mergedVoters) };
}

export const undoPlaces = (places: PersonPlaces, undo: readonly UndoEntry[]): UndoEntry[] => undo.map((entry) => entryPlaces(places, entry));
