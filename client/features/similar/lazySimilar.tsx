// The console's suggestions load after the console: imported here, the chunks they share with the phone's hint are
// named only in the console's code, not in the list of files that the phone's first load carries for every screen.
import { lazy, Suspense } from 'react';
import type { Sending } from './SimilarIdeas';

const Ideas = lazy(() => import('./SimilarIdeas').then((m) => ({ default: m.SimilarIdeas })));
const Questions = lazy(() => import('./SimilarQuestions').then((m) => ({ default: m.SimilarQuestions })));

export function LazySimilarIdeas({ sending }: { sending: Sending }) {
  return (
    <Suspense fallback={null}>
      <Ideas sending={sending} />
    </Suspense>
  );
}

export function LazySimilarQuestions({ itemId }: { itemId: string }) {
  return (
    <Suspense fallback={null}>
      <Questions itemId={itemId} />
    </Suspense>
  );
}
