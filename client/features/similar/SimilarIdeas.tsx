import { voteTotal } from '../../../shared/board/ideas';
import { sectorLabels } from '../../../shared/board/framework';
import { useT } from '../../i18n';
import { useApp } from '../../store/appStore';
import { useBoard, useLabel } from '../board/useBoard';
import type { CommandName, CommandPayload } from '../../../shared/contract';
import type { UndoKind } from '../../../shared/undo/types';
import type { ClientErrorCode } from '../../i18n';
import { useAsked } from './askServer';
import { heldGroups, SimilarGroups } from './SimilarGroups';

const IDEAS = { scope: 'ideas' } as const;

/** How the screen sends: the console's moderation (a merge offers "Fortryd"), or a moderator's plain commands. */
export interface Sending {
  run: <K extends CommandName>(name: K, payload: CommandPayload<K>, undoAs?: UndoKind) => Promise<boolean>;
  error: ClientErrorCode | null;
}

/** The console's suggestions of alike ideas per sector: the server groups them; this screen shows what it still has. */
export function SimilarIdeas({ sending }: { sending: Sending }) {
  const t = useT();
  const label = useLabel();
  const board = useBoard();
  const similar = useApp((s) => s.session?.similar);
  const answer = useAsked('similar:find', IDEAS, [board.ideas, similar]);
  const { run } = sending;
  const groups = heldGroups(answer?.groups, board.ideas);
  if (groups.length === 0) return null;
  const shown = groups.map((group) => group.map((idea) => ({ id: idea.id, text: `${label(sectorLabels[idea.sector])}: ${idea.text}`, votes: voteTotal(idea) })));
  return (
    <section className="similar" data-testid="similar-ideas" aria-labelledby="similar-ideas-heading">
      <h3 id="similar-ideas-heading">{t('similar.ideas')}</h3>
      <p className="muted">{t('similar.ideasNote')}</p>
      <SimilarGroups
        groups={shown}
        onMerge={(sourceId, targetId) => void run('idea:merge', { sourceId, targetId }, 'merge')}
        onDismiss={(ids) => void run('similar:dismiss', { scope: 'ideas', ids })}
      />
    </section>
  );
}
