import { useDeferredValue, useMemo } from 'react';
import { voteTotal } from '../../../shared/board/ideas';
import { sectorLabels } from '../../../shared/board/framework';
import { featureCache, similarIdeas } from '../../../shared/similar/suggestions';
import { Refusal } from '../../components/Refusal';
import { useT } from '../../i18n';
import { useApp } from '../../store/appStore';
import { useBoard, useLabel } from '../board/useBoard';
import { useModeration } from '../undo/useModeration';
import { SimilarGroups } from './SimilarGroups';

/** Made once per screen: ideas that did not change since the last grouping are not read again. */
const features = featureCache();

/** The console's suggestions of alike ideas per sector, computed here from the board it holds. */
export function SimilarIdeas() {
  const t = useT();
  const label = useLabel();
  // Grouping a full board waits for a quiet moment rather than slowing each event that arrives.
  const board = useDeferredValue(useBoard());
  const similar = useApp((s) => s.session?.similar);
  const groups = useMemo(() => similarIdeas(board, similar, features), [board, similar]);
  const { run, error } = useModeration();
  if (groups.length === 0) return null;
  const bySector = groups.map((group) => group.map((idea) => ({ id: idea.id, text: `${label(sectorLabels[idea.sector])}: ${idea.text}`, votes: voteTotal(idea) })));
  return (
    <section className="similar" data-testid="similar-ideas" aria-labelledby="similar-ideas-heading">
      <h3 id="similar-ideas-heading">{t('similar.ideas')}</h3>
      <p className="muted">{t('similar.ideasNote')}</p>
      <Refusal code={error} testId="similar-error" />
      <SimilarGroups
        groups={bySector}
        onMerge={(sourceId, targetId) => void run('idea:merge', { sourceId, targetId }, 'merge')}
        onDismiss={(ids) => void run('similar:dismiss', { scope: 'ideas', ids })}
      />
    </section>
  );
}
