// The console's suggestions load after the console: imported here, their chunks (the word matcher among them) are
// named only in the console's code, not in the list of files the phone's first load carries for every screen.
import { lazy, Suspense } from 'react';

const Ideas = lazy(() => import('./SimilarIdeas').then((m) => ({ default: m.SimilarIdeas })));
const Questions = lazy(() => import('./SimilarQuestions').then((m) => ({ default: m.SimilarQuestions })));

export function LazySimilarIdeas() {
  return (
    <Suspense fallback={null}>
      <Ideas />
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
