import { useState } from 'react';
import type { Poll } from '../../../shared/poll/types';
import { useOpenPoll } from './usePolls';

/**
 * A newly opened poll takes over the phone; "back" returns to what the phone showed (kept mounted, so a
 * half-written idea or question is still there) until the next poll opens.
 */
export function usePhoneTakeover(): { poll: Poll | undefined; showing: boolean; back: () => void; reopen: () => void } {
  const poll = useOpenPoll();
  const [dismissed, setDismissed] = useState<string | null>(null);
  return {
    poll,
    showing: poll !== undefined && dismissed !== poll.id,
    back: () => setDismissed(poll?.id ?? null),
    reopen: () => setDismissed(null),
  };
}
