import { DndContext, type DragEndEvent, KeyboardSensor, PointerSensor, TouchSensor, useSensor, useSensors } from '@dnd-kit/core';
import { useState } from 'react';
import { type GainTag, gainsBySector, type Label, sectorLabels, sectors } from '../../../shared/board/framework';
import { ideasOfSector, type IdeaOrder, sortIdeas, withTag } from '../../../shared/board/selectors';
import type { Idea } from '../../../shared/board/types';
import { useT } from '../../i18n';
import { Refusal } from '../../components/Refusal';
import { useModeration } from '../undo/useModeration';
import { ConsoleColumn } from './ConsoleColumn';
import { useDragAnnouncements } from './useDragAnnouncements';
import { useLabel } from './useBoard';

/** The ideas by sector, sorted and filtered, moved between sectors by drag and drop (pointer, touch or keys). */
export function BoardWorkspace({ ideas }: { ideas: Idea[] }) {
  const t = useT();
  const label = useLabel();
  const [order, setOrder] = useState<IdeaOrder>('newest');
  const [tag, setTag] = useState<GainTag | null>(null);
  const accessibility = useDragAnnouncements(ideas);
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
    <>
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
      <Refusal code={error} testId="board-error" />
      <DndContext sensors={sensors} onDragEnd={onDragEnd} accessibility={accessibility}>
        <div className="columns">
          {sectors.map((sector) => (
            <ConsoleColumn key={sector} sector={sector} ideas={ideasOfSector(shown, sector)} />
          ))}
        </div>
      </DndContext>
    </>
  );
}
