import { useMemo } from 'react';
import { type Sector, sectorLabels, sectors } from '../../../shared/board/framework';
import { ideasOfSector, sortIdeas } from '../../../shared/board/selectors';
import type { Idea, IdeaGroup } from '../../../shared/board/types';
import { useT } from '../../i18n';
import { useAuthorName, useBoard, useLabel, useVisibleIdeas } from '../board/useBoard';
import { type Block, type Column, PagedColumns } from './PagedColumns';
import { useFreshIdeas } from './useFreshIdeas';

type Entry = { group: IdeaGroup } | { idea: Idea };

/**
 * The live board for the room: per sector its groups with their ideas, then the rest, newest first, in pages.
 * `only` narrows it (one table's ideas, kept by the caller as one array while they stay the same), named by `heading`.
 */
export function ProjectorIdeas({ only, heading }: { only?: Idea[]; heading?: string }) {
  const t = useT();
  const label = useLabel();
  const board = useBoard();
  const all = useVisibleIdeas();
  const ideas = only ?? all;
  const authorName = useAuthorName();
  const { fresh, newest } = useFreshIdeas(ideas);
  const showNames = board.settings.showNamesOnProjector;

  const columns = useMemo<Column<Entry>[]>(
    () => sectors.map((sector) => sectorColumn(sector, ideas, board.groups, label)),
    // Names shown or not change the cards' heights: a new set of columns is measured again.
    [ideas, board.groups, label, showNames, authorName],
  );

  return (
    <PagedColumns
      columns={columns}
      showKey={newest}
      testId="projector-ideas"
      title={
        <h2>
          {heading && `${heading} · `}
          {t('board.title')} · {t(`board.phase.${board.phase}`)}
        </h2>
      }
      renderBlock={({ value }, continued) =>
        'group' in value ? (
          <ProjectorGroupHeading group={value.group} continued={continued} />
        ) : (
          <ProjectorIdea idea={value.idea} author={showNames ? authorName(value.idea) : null} isFresh={fresh.has(value.idea.id)} />
        )
      }
    />
  );
}

/** One sector's column: each group that has ideas, heading then members, then the ideas in no group. */
function sectorColumn(sector: Sector, ideas: Idea[], groups: Record<string, IdeaGroup>, label: ReturnType<typeof useLabel>): Column<Entry> {
  const inSector = sortIdeas(ideasOfSector(ideas, sector), 'newest');
  const blocks: Block<Entry>[] = [];
  for (const group of Object.values(groups).filter((g) => g.sector === sector)) {
    const members = inSector.filter((i) => i.groupId === group.id);
    if (members.length === 0) continue;
    blocks.push({ key: `group:${group.id}`, kind: 'group', value: { group } });
    for (const idea of members) blocks.push({ key: idea.id, kind: 'item', groupKey: `group:${group.id}`, value: { idea } });
  }
  for (const idea of inSector) {
    if (!idea.groupId || !groups[idea.groupId]) blocks.push({ key: idea.id, kind: 'item', value: { idea } });
  }
  return {
    key: sector,
    className: `sector-${sector}`,
    header: (
      <h3 className="paged-heading">
        {label(sectorLabels[sector])} <span className="count">{inSector.length}</span>
      </h3>
    ),
    blocks,
  };
}

function ProjectorGroupHeading({ group, continued }: { group: IdeaGroup; continued: boolean }) {
  const t = useT();
  return (
    <h4 className={`pgroup${continued ? ' pgroup-continued' : ''}`} data-continued={continued || undefined}>
      <span className="pgroup-title">{group.title}</span>
      {continued && <span className="pgroup-more"> ({t('projector.continued')})</span>}
    </h4>
  );
}

function ProjectorIdea({ idea, author, isFresh }: { idea: Idea; author: string | null; isFresh: boolean }) {
  const t = useT();
  return (
    <article className={`pidea idea-${idea.sector}${isFresh ? ' pidea-fresh' : ''}`} data-testid="projector-idea" data-idea-id={idea.id}>
      <p className="pidea-text">{idea.text}</p>
      {(idea.partner || author) && (
        <p className="pidea-meta">
          {idea.partner && <span className="pidea-partner">{idea.partner}</span>}
          {author && <span className="pidea-author">{t('board.by', { name: author })}</span>}
        </p>
      )}
    </article>
  );
}
