// What is folded away or below the first screen renders in a background pass, in slices, once the rest is on it.
import { useDeferredValue } from 'react';

/** False on a component's first render, true from the background render React does right after it. */
export const useRenderLater = (): boolean => useDeferredValue(true, false);
