import { limits } from '../../../shared/limits';
import { Refusal } from '../../components/Refusal';
import { ownValue } from '../../../shared/records';
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { nanoid } from 'nanoid';
import { useState } from 'react';
import { gainsBySector, type Label, type Sector, sectorLabels } from '../../../shared/board/framework';
import type { Idea } from '../../../shared/board/types';
import { ConsoleIcon } from '../../components/ConsoleIcon';
import { useT } from '../../i18n';
import { useModeration } from '../undo/useModeration';
import { GroupHeading } from './GroupHeading';
import { IdeaActions } from './IdeaActions';
import { IdeaCard } from './IdeaCard';
import { IdeaEditor } from './IdeaEditor';
import { useAuthorName, useBoard, useLabel } from './useBoard';

const PAGE = 100;

export function ConsoleColumn({ sector, ideas }: { sector: Sector; ideas: Idea[] }) {
  const t = useT();
  const label = useLabel();
  const board = useBoard();
  const { setNodeRef, isOver } = useDroppable({ id: sector });
  const [shown, setShown] = useState(PAGE);
  const groups = Object.values(board.groups).filter((g) => g.sector === sector);
  const ungrouped = ideas.filter((i) => !i.groupId || !ownValue(board.groups, i.groupId));
  const { run, error } = useModeration();

  const newGroup = () => {
    const title = window.prompt(t('board.groupTitle'))?.trim();
    if (title) void run('group:create', { id: nanoid(), sector, title: title.slice(0, limits.groupTitle) });
  };

  return (
    <section ref={setNodeRef} className={`column sector-${sector}${isOver ? ' column-over' : ''}`} data-testid={`column-${sector}`}>
      <header className="column-head">
        <h3>
          {label(sectorLabels[sector])} <span className="count">{ideas.length}</span>
        </h3>
        <details>
          <summary>{t('board.gainsHeading')}</summary>
          <ul>
            {Object.values(gainsBySector[sector] as Record<string, Label>).map((g) => (
              <li key={g.da}>{label(g)}</li>
            ))}
          </ul>
        </details>
        <button type="button" className="link-button" onClick={newGroup}>
          + {t('board.newGroup')}
        </button>
        <Refusal code={error} />
      </header>
      {groups.map((group) => (
        <div key={group.id} className="group" data-testid="group">
          <GroupHeading group={group} />
          {ideas
            .filter((i) => i.groupId === group.id)
            .map((idea) => (
              <ConsoleIdea key={idea.id} idea={idea} />
            ))}
        </div>
      ))}
      {ungrouped.slice(0, shown).map((idea) => (
        <ConsoleIdea key={idea.id} idea={idea} />
      ))}
      {ungrouped.length > shown && (
        <button type="button" className="wide" onClick={() => setShown(shown + PAGE)}>
          {t('board.showMore', { count: ungrouped.length - shown })}
        </button>
      )}
    </section>
  );
}

/** A draggable idea; its moderation tools open on demand so a big board keeps a small page. */
function ConsoleIdea({ idea }: { idea: Idea }) {
  const t = useT();
  const authorName = useAuthorName();
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: idea.id });
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const style = transform ? { transform: `translate(${transform.x}px, ${transform.y}px)`, zIndex: 20 } : undefined;
  return (
    <div ref={setNodeRef} style={style} className={`draggable${isDragging ? ' dragging' : ''}`}>
      {editing ? (
        <IdeaEditor idea={idea} onDone={() => setEditing(false)} returnKey={`more-${idea.id}`} />
      ) : (
        <IdeaCard idea={idea} author={authorName(idea) ?? (idea.authorId ? null : t('board.facilitatorAuthor'))} showVotes>
          <div className="card-tools">
            <button type="button" className="drag-handle" {...listeners} {...attributes} aria-label={t('board.dragIdea', { idea: idea.text.slice(0, 40) })} data-testid="drag-handle">
              <ConsoleIcon name="grip" />
            </button>
            <button
              type="button"
              className="link-button"
              aria-expanded={open}
              aria-label={t('board.moreActions', { idea: idea.text.slice(0, 40) })}
              onClick={() => setOpen(!open)}
              data-focus-return={`more-${idea.id}`}
            >
              <ConsoleIcon name="more" />
            </button>
          </div>
          {open && (
            <IdeaActions
              idea={idea}
              onClose={() => setOpen(false)}
              onEdit={() => {
                setEditing(true);
                setOpen(false);
              }}
            />
          )}
        </IdeaCard>
      )}
    </div>
  );
}
