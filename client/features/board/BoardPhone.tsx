import { Suspense, useEffect, useState } from 'react';
import type { Sector } from '../../../shared/board/framework';
import { Toast } from '../../components/Toast';
import { Dots } from '../../components/Dots';
import { useT } from '../../i18n';
import { useOutbox } from '../../net/outbox';
import { useApp } from '../../store/appStore';
import { Results } from '../join/lazyPhoneParts';
import { IdeaForm } from './IdeaForm';
import { PhoneIdeaList } from './PhoneIdeaList';
import { useBoard } from './useBoard';
import { useMyDots } from './useMyDots';

export function BoardPhone() {
  const t = useT();
  const board = useBoard();
  const [sector, setSector] = useState<Sector>('public');
  const delivered = useOutbox((s) => s.delivered);
  const archived = useApp((s) => s.session?.status === 'archived');
  // The list follows the idea just sent, so the person sees it arrive in its sector.
  useEffect(() => {
    if (delivered?.name === 'idea:add') setSector(delivered.payload.sector);
  }, [delivered]);
  const { left } = useMyDots();
  return (
    <section className="board-phone" data-testid="board-phone" data-phase={board.phase}>
      <h2>{t('board.title')}</h2>
      {!archived && <p className="muted">{t(`board.${board.phase}Note`)}</p>}
      {board.phase === 'collecting' && !archived && <IdeaForm />}
      {board.phase === 'voting' && (
        <p className="dots-left" data-testid="dots-left" data-left={left}>
          <Dots count={left} /> {left === 0 ? t('board.noDotsLeft') : left === 1 ? t('board.oneDotLeft') : t('board.dotsLeft', { count: left })}
        </p>
      )}
      {board.phase === 'results' ? (
        <Suspense fallback={null}>
          <Results />
        </Suspense>
      ) : (
        <PhoneIdeaList sector={sector} onSector={setSector} />
      )}
      {delivered?.name === 'idea:add' && <Toast key={delivered.id} text={t('board.added')} testId="idea-delivered" />}
    </section>
  );
}
