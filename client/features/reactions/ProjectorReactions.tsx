import { reactionGlyphs } from '../../../shared/reaction/glyphs';
import { reactionKinds } from '../../../shared/reaction/kinds';
import { totalOf } from '../../../shared/reaction/reactions';
import { useT } from '../../i18n';
import { useBursts } from './useBursts';
import { useCurrentReactions } from './useReactions';
import './projectorReactions.css';

/**
 * The room's reactions on the projector: a rail of its own beside what is shown (never over the board, a question
 * or a poll's result), where glyphs rise and fade above a count per kind. Shown once the item on now has any.
 */
export function ProjectorReactions() {
  const t = useT();
  const { item, on, counts } = useCurrentReactions();
  const bursts = useBursts(item?.id ?? null, counts);
  if (!item || !on || totalOf(counts) === 0) return null;
  return (
    <aside className="preactions" aria-label={t('reactions.projector.label')} data-testid="projector-reactions">
      <div className="preactions-sky" aria-hidden="true">
        {bursts.map((b) => (
          <span key={b.id} className={`preaction-rise lane-${b.lane}`} style={{ animationDelay: `${b.delayMs}ms` }} data-kind={b.kind}>
            {reactionGlyphs[b.kind]}
          </span>
        ))}
      </div>
      <ul className="preactions-counts">
        {reactionKinds.map((kind) => (
          <li key={kind} data-kind={kind}>
            <span className="preaction-glyph" aria-hidden="true">
              {reactionGlyphs[kind]}
            </span>
            <span className="preaction-count">{counts[kind] ?? 0}</span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
