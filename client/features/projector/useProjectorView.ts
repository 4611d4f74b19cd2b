import { topQuestions } from '../../../shared/question/questions';
import { initialProjector } from '../../../shared/projector/types';
import { type ProjectorView, projectorView } from '../../../shared/projector/view';
import { useApp } from '../../store/appStore';
import { useDayPosition } from '../agenda/useAgenda';
import { usePresentedPoll } from '../polls/usePolls';
import { useQuestionsState } from '../questions/useQuestions';

/** What the room's screen shows now (shared/projector/view.ts), re-checked as the programme's clock runs. */
export function useProjectorView(): ProjectorView {
  const { current } = useDayPosition(1000);
  const projector = useApp((s) => s.session?.projector ?? initialProjector);
  const boardPhase = useApp((s) => s.session?.board.phase ?? 'closed');
  const questions = useQuestionsState();
  const isPollPresented = usePresentedPoll() !== undefined;
  return projectorView({
    projector,
    currentItemId: current?.id ?? null,
    currentKind: current?.kind ?? null,
    boardPhase,
    isPollPresented,
    hasQuestions: current !== null && topQuestions(questions, current.id, 1).length > 0,
  });
}
