import { Refusal } from '../../components/Refusal';
import { DndContext, type DragEndEvent, KeyboardSensor, PointerSensor, TouchSensor, useSensor, useSensors } from '@dnd-kit/core';
import { useState } from 'react';
import { type GainTag, gainsBySector, type Label, sectorLabels, sectors } from '../../../shared/board/framework';
import { ideasOfSector, type IdeaOrder, sortIdeas, withTag } from '../../../shared/board/selectors';
import { useT } from '../../i18n';
import { useModeration } from '../undo/useModeration';
import { BoardControls } from './BoardControls';
import { ConsoleColumn } from './ConsoleColumn';
import { ConsoleIdeaForm } from './ConsoleIdeaForm';
import { VoteProgress } from './VoteProgress';
import { useLabel, useVisibleIdeas } from './useBoard';

export function BoardConsole() {
  const t = useT();
  const label = useLabel();
  const ideas = useVisibleIdeas();
  const [order, setOrder] = useState<IdeaOrder>('newest');
  const [tag, setTag] = useState<GainTag | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 150, tolerance: 8 } }),
    useSensor(KeyboardSensor),
  );
  const { run, error } = useModeration();
  const shown = sortIdeas(withTag(ideas, tag), order);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const idea = ideas.find((i) => i.id === active.id);
    const sector = sectors.find((s) => s === over?.id);
    if (idea && sector && idea.sector !== sector) void run('idea:move', { id: idea.id, sector });
  };

  return (
    <section className="card board-console" data-testid="board-console">
      <header className="board-console-head">
        <h2>{t('board.title')}</h2>
        <BoardControls />
      </header>
      <div className="row toolbar">
        <label className="check">
          {t('board.sort')}
          <select value={order} onChange={(e) => setOrder(e.target.value as IdeaOrder)}>
            <option value="newest">{t('board.sort.newest')}</option>
            <option value="votes">{t('board.sort.votes')}</option>
          </select>
        </label>
        <label className="check">
          {t('board.filter')}
          <select value={tag ?? ''} onChange={(e) => setTag((e.target.value || null) as GainTag | null)}>
            <option value="">{t('board.filter.all')}</option>
            {sectors.map((s) => (
              <optgroup key={s} label={label(sectorLabels[s])}>
                {Object.entries(gainsBySector[s] as Record<string, Label>).map(([key, l]) => (
                  <option key={key} value={key}>
                    {label(l)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <span className="muted">{t('board.dragHint')}</span>
      </div>
      <ConsoleIdeaForm />
      <VoteProgress />
      <Refusal code={error} testId="board-error" />
      <DndContext sensors={sensors} onDragEnd={onDragEnd}>
        <div className="columns">
          {sectors.map((sector) => (
            <ConsoleColumn key={sector} sector={sector} ideas={ideasOfSector(shown, sector)} />
          ))}
        </div>
      </DndContext>
    </section>
  );
}
