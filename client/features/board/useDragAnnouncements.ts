import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core';
import { type Sector, sectorLabels, sectors } from '../../../shared/board/framework';
import type { Idea } from '../../../shared/board/types';
import { useT } from '../../i18n';
import { useLabel } from './useBoard';

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

/**
 * What a screen reader hears while an idea is dragged, in the page's language and by the idea's text and the
 * sector's name (dnd-kit would read out internal ids in English).
 */
export function useDragAnnouncements(ideas: readonly Idea[]): { announcements: Announcements; screenReaderInstructions: ScreenReaderInstructions } {
  const t = useT();
  const label = useLabel();
  const idea = (id: UniqueIdentifier) => short(ideas.find((i) => i.id === id)?.text ?? '');
  const home = (id: UniqueIdentifier) => ideas.find((i) => i.id === id)?.sector;
  const sector = (id: UniqueIdentifier | undefined) => {
    const found = sectors.find((s) => s === id);
    return found ? label(sectorLabels[found as Sector]) : null;
  };
  return {
    screenReaderInstructions: { draggable: t('board.drag.instructions') },
    announcements: {
      onDragStart: ({ active }) => t('board.drag.start', { idea: idea(active.id) }),
      onDragOver: ({ active, over }) => {
        // Over its own sector right after the pick-up: saying so would drown the pick-up message.
        if (over?.id === home(active.id)) return undefined;
        const target = sector(over?.id);
        return target ? t('board.drag.over', { idea: idea(active.id), sector: target }) : t('board.drag.outside', { idea: idea(active.id) });
      },
      onDragEnd: ({ active, over }) => {
        const target = sector(over?.id);
        return target ? t('board.drag.end', { idea: idea(active.id), sector: target }) : t('board.drag.cancel', { idea: idea(active.id) });
      },
      onDragCancel: ({ active }) => t('board.drag.cancel', { idea: idea(active.id) }),
    },
  };
}
