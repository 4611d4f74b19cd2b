import type { ReactNode } from 'react';
import { gainsBySector, reasons } from '../../../shared/board/framework';
import { voteTotal } from '../../../shared/board/ideas';
import type { Idea } from '../../../shared/board/types';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { useLabel } from './useBoard';

/** An idea as everyone reads it. Text is rendered as text, never as HTML. */
export function IdeaCard(props: { idea: Idea; author?: string | null; showVotes?: boolean; mine?: boolean; children?: ReactNode }) {
  const { idea } = props;
  const t = useT();
  const label = useLabel();
  const gains = gainsBySector[idea.sector] as Record<string, { da: string; en: string }>;
  const votes = voteTotal(idea);
  return (
    <article className={`idea idea-${idea.sector}${idea.hidden ? ' idea-hidden' : ''}`} data-testid="idea" data-idea-id={idea.id}>
      <p className="idea-text">{idea.text}</p>
      {idea.partner && <p className="idea-partner">{idea.partner}</p>}
      {(idea.libraryBrings || idea.partnerBrings) && (
        <p className="idea-brings">
          {idea.libraryBrings && (
            <span>
              <Icon name="book" /> <span className="visually-hidden">{t('board.libraryBringsShort')}</span> {idea.libraryBrings}
            </span>
          )}
          {idea.partnerBrings && (
            <span>
              <Icon name="handshake" /> <span className="visually-hidden">{t('board.partnerBringsShort')}</span> {idea.partnerBrings}
            </span>
          )}
        </p>
      )}
      {(idea.gains.length > 0 || idea.reasons.length > 0) && (
        <ul className="tags">
          {idea.gains.map((g) => (
            <li key={g}>{gains[g] ? label(gains[g]) : g}</li>
          ))}
          {idea.reasons.map((r) => (
            <li key={r} className="tag-reason">
              {label(reasons[r])}
            </li>
          ))}
        </ul>
      )}
      <footer className="idea-meta">
        {props.mine && <span className="badge">{t('board.mine')}</span>}
        {idea.hidden && (
          <span className="badge" data-testid="idea-hidden">
            {props.mine ? t('board.hiddenFromOthers') : t('board.hidden')}
          </span>
        )}
        {idea.pending && (
          <span className="badge pending" data-testid="idea-pending">
            {t('approval.pending')}
          </span>
        )}
        {props.author && <span>{t('board.by', { name: props.author })}</span>}
        {props.showVotes && (
          <span className="idea-votes" data-testid="idea-votes" data-votes={votes}>
            {votes === 1 ? t('board.oneVote') : t('board.votes', { count: votes })}
          </span>
        )}
      </footer>
      {props.children}
    </article>
  );
}
