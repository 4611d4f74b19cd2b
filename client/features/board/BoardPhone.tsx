import { Suspense, useEffect, useState } from 'react';
import type { Sector } from '../../../shared/board/framework';
import { Toast } from '../../components/Toast';
import { useT } from '../../i18n';
import { useOutbox } from '../../net/outbox';
import { useApp } from '../../store/appStore';
import { DotsLeft, Results, TableBoard } from '../join/lazyPhoneParts';
import { IdeaForm } from './IdeaForm';
import { PhoneIdeaList } from './PhoneIdeaList';
import { useBoard } from './useBoard';

export function BoardPhone() {
  const t = useT();
  const board = useBoard();
  const [sector, setSector] = useState<Sector>('public');
  const delivered = useOutbox((s) => s.delivered);
  const archived = useApp((s) => s.session?.status === 'archived');
  const hasTables = useApp((s) => !!s.session?.board.tables?.length);
  // The list follows the idea just sent, so the person sees it arrive in its sector.
  useEffect(() => {
    if (delivered?.name === 'idea:add') setSector(delivered.payload.sector);
  }, [delivered]);
  return (
    <section className="board-phone" data-testid="board-phone" data-phase={board.phase}>
      <h2>{t('board.title')}</h2>
      {!archived && <p className="muted">{t(`board.${board.phase}Note`)}</p>}
      {board.phase === 'collecting' && !archived && <IdeaForm />}
      {board.phase === 'voting' && (
        <Suspense fallback={null}>
          <DotsLeft />
        </Suspense>
      )}
      {board.phase === 'results' ? (
        <Suspense fallback={null}>
          <Results />
        </Suspense>
      ) : hasTables ? (
        // Until the tables' code is in (it loads after the first screen), the whole room's list.
        <Suspense fallback={<PhoneIdeaList sector={sector} onSector={setSector} />}>
          <TableBoard sector={sector} onSector={setSector} />
        </Suspense>
      ) : (
        <PhoneIdeaList sector={sector} onSector={setSector} />
      )}
      {delivered?.name === 'idea:add' && <Toast key={delivered.id} text={t('board.added')} testId="idea-delivered" />}
    </section>
  );
}
