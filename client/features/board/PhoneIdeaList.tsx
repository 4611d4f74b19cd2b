import { Suspense, useDeferredValue, useEffect, useState } from 'react';
import { type Sector, sectors } from '../../../shared/board/framework';
import { canEditIdea, canVote } from '../../../shared/board/permissions';
import { ideasOfSector, sortIdeas } from '../../../shared/board/selectors';
import type { Idea } from '../../../shared/board/types';
import { useT } from '../../i18n';
import { enqueue } from '../../net/outbox';
import { useApp } from '../../store/appStore';
import { IdeaCard } from './IdeaCard';
import { IdeaEditor, OtherSectors, VoteControls } from '../join/lazyPhoneParts';
import { SectorTabs } from './SectorTabs';
import { useBoard, useMyParticipantId, useVisibleIdeas } from './useBoard';

const PAGE = 40;
const NONE: Idea[] = [];

/**
 * One sector at a time and a page at a time, so a board of a thousand ideas stays light on a phone; `ideas` narrows it
 * (to a table's).
 */
export function PhoneIdeaList({ sector, onSector, ideas: only }: { sector: Sector; onSector: (sector: Sector) => void; ideas?: Idea[] }) {
  const t = useT();
  const board = useBoard();
  const actor = useApp((s) => s.actor);
  const me = useMyParticipantId();
  // An archived workshop is read-only: no controls the server would refuse.
  const writable = useApp((s) => s.session?.status !== 'archived');
  const all = useVisibleIdeas();
  const ideas = only ?? all;
  // The cards render after the rest of the screen is on it, in slices that let the phone breathe: the whole board in
  // one task held a slow phone's main thread for ~400 ms before the idea form appeared.
  const listed = useDeferredValue(ideas, NONE);
  const [shown, setShown] = useState(PAGE);
  const [editing, setEditing] = useState<string | null>(null);
  // A new tab starts at the first page.
  useEffect(() => setShown(PAGE), [sector]);
  const inSector = sortIdeas(ideasOfSector(listed, sector), 'newest');
  const remove = (idea: Idea) => {
    if (window.confirm(t('board.confirmDelete'))) enqueue({ name: 'idea:delete', payload: { id: idea.id } });
  };

  return (
    <section className="phone-ideas">
      <SectorTabs
        sector={sector}
        counts={Object.fromEntries(sectors.map((s) => [s, ideasOfSector(ideas, s).length])) as Record<Sector, number>}
        onChange={onSector}
      />
      {board.phase === 'voting' && me && (
        <Suspense fallback={null}>
          <OtherSectors sector={sector} ideas={ideas} me={me} />
        </Suspense>
      )}
      <div role="tabpanel" id="sector-panel" aria-labelledby={`tab-${sector}`}>
      {inSector.length === 0 && listed === ideas && <p className="muted">{t('board.empty')}</p>}
      {inSector.slice(0, shown).map((idea) =>
        editing === idea.id ? (
          <Suspense key={idea.id} fallback={null}>
            <IdeaEditor idea={idea} onDone={() => setEditing(null)} queued />
          </Suspense>
        ) : (
          <IdeaCard key={idea.id} idea={idea} mine={idea.authorId === me}>
            {writable && !idea.hidden && canEditIdea(actor, idea, board) && <OwnIdeaActions onEdit={() => setEditing(idea.id)} onDelete={() => remove(idea)} />}
            {writable && me && !idea.hidden && canVote(actor, board) && (
              <Suspense fallback={null}>
                <VoteControls idea={idea} allowStacking={board.settings.allowStacking} />
              </Suspense>
            )}
          </IdeaCard>
        ),
      )}
      {inSector.length > shown && (
        <button type="button" className="wide" onClick={() => setShown(shown + PAGE)}>
          {t('board.showMore', { count: inSector.length - shown })}
        </button>
      )}
      </div>
    </section>
  );
}

/** Editing and deleting, on the phone's own ideas while the board collects. */
function OwnIdeaActions({ onEdit, onDelete }: { onEdit: () => void; onDelete: () => void }) {
  const t = useT();
  return (
    <div className="row idea-actions">
      <button type="button" onClick={onEdit}>
        {t('board.edit')}
      </button>
      <button type="button" className="danger" onClick={onDelete}>
        {t('board.delete')}
      </button>
    </div>
  );
}
