import { useT } from '../../i18n';
import type { Sending } from './SimilarIdeas';
import { useApp } from '../../store/appStore';
import { useQuestionsState } from '../questions/useQuestions';
import { useAsked } from './askServer';
import { heldGroups, SimilarGroups } from './SimilarGroups';

/** Suggestions of alike questions to one programme item; merging adds their votes up, a person's once. */
export function SimilarQuestions({ itemId, sending }: { itemId: string; sending: Sending }) {
  const t = useT();
  const questions = useQuestionsState();
  const similar = useApp((s) => s.session?.similar);
  const answer = useAsked('similar:find', { scope: 'questions', itemId }, [questions.questions, similar]);
  const { run } = sending;
  const groups = heldGroups(answer?.groups, questions.questions);
  if (groups.length === 0) return null;
  return (
    <section className="similar" data-testid="similar-questions" aria-labelledby="similar-questions-heading">
      <h3 id="similar-questions-heading">{t('similar.questions')}</h3>
      <p className="muted">{t('similar.questionsNote')}</p>
      <SimilarGroups
        groups={groups.map((group) => group.map(({ id, text, votes }) => ({ id, text, votes })))}
        onMerge={(sourceId, targetId) => void run('question:merge', { sourceId, targetId }, 'questionMerge')}
        onDismiss={(ids) => void run('similar:dismiss', { scope: 'questions', ids })}
      />
    </section>
  );
}
