// While a participant writes an idea: the alike ideas it may already see, asked of the server (which holds the
// matcher and its stemmer) once the typing pauses; it answers with ids of ideas this phone holds.
import './similar.css';
import '../board/laterStrings';
import type { Sector } from '../../../shared/board/framework';
import type { Idea } from '../../../shared/board/types';
import { useT } from '../../i18n';
import { useVisibleIdeas } from '../board/useBoard';
import { useAsked } from './askServer';

/** Fewer letters than this say too little to look for alike ideas. */
const MIN_LETTERS = 4;

export function SimilarHint({ text, sector }: { text: string; sector: Sector }) {
  const t = useT();
  const ideas = useVisibleIdeas();
  const asking = text.trim().length >= MIN_LETTERS ? { sector, text: text.trim() } : null;
  const answer = useAsked('similar:hint', asking, []);
  const byId = new Map(ideas.map((idea) => [idea.id, idea]));
  const alike = asking ? (answer?.ids ?? []).map((id) => byId.get(id)).filter((idea): idea is Idea => idea !== undefined) : [];
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
