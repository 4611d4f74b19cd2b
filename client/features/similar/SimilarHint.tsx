// While a participant writes an idea: the alike ideas the phone already holds (so it may see them), found by the
// matcher that loads with this code, after the phone's first screen, and never asks the server.
import './similar.css';
import '../board/laterStrings';
import { useDeferredValue, useMemo } from 'react';
import type { Sector } from '../../../shared/board/framework';
import { alikeTo, featureCache } from '../../../shared/similar/suggestions';
import { useT } from '../../i18n';
import { useVisibleIdeas } from '../board/useBoard';

const features = featureCache();

export function SimilarHint({ text, sector }: { text: string; sector: Sector }) {
  const t = useT();
  const ideas = useVisibleIdeas();
  // Matching follows the typing at the pace the phone can keep, not on every key.
  const typed = useDeferredValue(text);
  const alike = useMemo(() => alikeTo(typed, sector, ideas, features), [typed, sector, ideas]);
  if (alike.length === 0) return null;
  return (
    <div className="similar-hint" role="status" data-testid="similar-hint">
      <p>{t('board.similarHint')}</p>
      <ul>
        {alike.map((idea) => (
          <li key={idea.id}>{idea.partner ? `${idea.partner}: ${idea.text}` : idea.text}</li>
        ))}
      </ul>
      <p className="muted">{t('board.similarHintNote')}</p>
    </div>
  );
}
