import { useShallow } from 'zustand/react/shallow';
import type { AgendaItem } from '../../../shared/agenda/types';
import { questionsEnabled, questionsOfItem } from '../../../shared/question/questions';
import type { Question, QuestionsState } from '../../../shared/question/types';
import { useApp } from '../../store/appStore';
import { useDayPosition } from '../agenda/useAgenda';

const noQuestions: QuestionsState = { questions: [], requireApproval: false, enabled: {}, highlightedId: null };

export function useQuestionsState(): QuestionsState {
  return useApp((s) => s.session?.questions ?? noQuestions);
}

/** Items a phone can pick: those taking questions and those that already have some (earlier talks stay readable). */
export function useQuestionItems(): AgendaItem[] {
  return useApp(
    useShallow((s) => {
      if (!s.session) return [];
      const { questions, agenda } = s.session;
      return agenda.items.filter((item) => questionsEnabled(questions, item) || questions.questions.some((q) => q.itemId === item.id));
    }),
  );
}

/**
 * The item whose questions a screen shows: the one picked by hand, else the current item when it takes
 * questions, else the nearest talk that does. Follows the programme as long as nothing was picked.
 */
export function useQuestionItem(picked: string | null): { item: AgendaItem | null; isCurrent: boolean } {
  const items = useQuestionItems();
  const all = useApp((s) => s.session?.agenda.items);
  const questions = useQuestionsState();
  const { current, next } = useDayPosition(1000);
  // Any item of the programme: the console picks items that do not take questions yet, to switch them on.
  const chosen = picked ? all?.find((i) => i.id === picked) : undefined;
  if (chosen) return { item: chosen, isCurrent: chosen.id === current?.id };
  if (current && questionsEnabled(questions, current)) return { item: current, isCurrent: true };
  const upcoming = next && questionsEnabled(questions, next) ? next : null;
  return { item: upcoming ?? items.find((i) => questionsEnabled(questions, i)) ?? null, isCurrent: false };
}

/** The questions of an item this screen's actor may see. */
export function useItemQuestions(itemId: string | null): Question[] {
  return useApp(useShallow((s) => (s.session && itemId ? questionsOfItem(s.session.questions, itemId, s.actor) : [])));
}
