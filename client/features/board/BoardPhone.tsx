import { dotsLeft } from '../../../shared/board/selectors';
import { Dots } from '../../components/Dots';
import { useT } from '../../i18n';
import { IdeaForm } from './IdeaForm';
import { PhoneIdeaList } from './PhoneIdeaList';
import { Results } from './Results';
import { useBoard, useMyParticipantId } from './useBoard';

export function BoardPhone() {
  const t = useT();
  const board = useBoard();
  const me = useMyParticipantId();
  const left = me ? dotsLeft(board, me) : 0;
  return (
    <section className="board-phone" data-testid="board-phone" data-phase={board.phase}>
      <h2>{t('board.title')}</h2>
      <p className="muted">{t(`board.${board.phase}Note`)}</p>
      {board.phase === 'collecting' && <IdeaForm />}
      {board.phase === 'voting' && (
        <p className="dots-left" data-testid="dots-left" data-left={left}>
          <Dots count={left} /> {left === 0 ? t('board.noDotsLeft') : left === 1 ? t('board.oneDotLeft') : t('board.dotsLeft', { count: left })}
        </p>
      )}
      {board.phase === 'results' ? <Results /> : <PhoneIdeaList />}
    </section>
  );
}
