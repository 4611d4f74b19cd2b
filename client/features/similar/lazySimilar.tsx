// The console's suggestions load after the console: imported here, the chunks they share with the phone's hint are
// named only in the console's code, not in the list of files that the phone's first load carries for every screen.
import { lazy, Suspense } from 'react';
import { Refusal } from '../../components/Refusal';
import { useModeration } from '../undo/useModeration';
import type { Sending } from './SimilarIdeas';

const Ideas = lazy(() => import('./SimilarIdeas').then((m) => ({ default: m.SimilarIdeas })));
const Questions = lazy(() => import('./SimilarQuestions').then((m) => ({ default: m.SimilarQuestions })));

export function LazySimilarIdeas({ sending }: { sending: Sending }) {
  return (
    <>
      <Refusal code={sending.error} testId="similar-error" />
      <Suspense fallback={null}>
        <Ideas sending={sending} />
      </Suspense>
    </>
  );
}

/**
 * Refusals are shown here, in the console's own chunk, so the suggestions' chunks need nothing else of it. A merge
 * offers "Fortryd" on the console (a moderator's screen has no undo to offer).
 */
export function LazySimilarQuestions({ itemId }: { itemId: string }) {
  const sending = useModeration();
  return (
    <>
      <Refusal code={sending.error} testId="similar-question-error" />
      <Suspense fallback={null}>
        <Questions itemId={itemId} sending={sending} />
      </Suspense>
    </>
  );
}
