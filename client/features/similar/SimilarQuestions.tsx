import { useMemo } from 'react';
import { similarQuestions } from '../../../shared/similar/suggestions';
import { Refusal } from '../../components/Refusal';
import { useT } from '../../i18n';
import { useModeration } from '../undo/useModeration';
import { useApp } from '../../store/appStore';
import { useQuestionsState } from '../questions/useQuestions';
import { SimilarGroups } from './SimilarGroups';

/** Suggestions of alike questions to one programme item; merging adds their votes up, a person's once. */
export function SimilarQuestions({ itemId }: { itemId: string }) {
  const t = useT();
  const questions = useQuestionsState();
  const similar = useApp((s) => s.session?.similar);
  const groups = useMemo(() => similarQuestions(questions, itemId, similar), [questions, itemId, similar]);
  const { run, error } = useModeration();
  if (groups.length === 0) return null;
  return (
    <section className="similar" data-testid="similar-questions" aria-labelledby="similar-questions-heading">
      <h3 id="similar-questions-heading">{t('similar.questions')}</h3>
      <p className="muted">{t('similar.questionsNote')}</p>
      <Refusal code={error} testId="similar-question-error" />
      <SimilarGroups
        groups={groups.map((group) => group.map(({ id, text, votes }) => ({ id, text, votes })))}
        onMerge={(sourceId, targetId) => void run('question:merge', { sourceId, targetId })}
        onDismiss={(ids) => void run('similar:dismiss', { scope: 'questions', ids })}
      />
    </section>
  );
}
