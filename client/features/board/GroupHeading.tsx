import { limits } from '../../../shared/limits';
import { Refusal } from '../../components/Refusal';
import { type FormEvent, useState } from 'react';
import type { IdeaGroup } from '../../../shared/board/types';
import { ConsoleIcon } from '../../components/ConsoleIcon';
import { useT } from '../../i18n';
import { useModeration } from '../undo/useModeration';

/** A group's title with rename and delete; delete can be taken back from the undo toast, so it does not ask first. */
export function GroupHeading({ group }: { group: IdeaGroup }) {
  const t = useT();
  const { run, error } = useModeration();
  const [title, setTitle] = useState<string | null>(null);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (title !== null && (await run('group:rename', { id: group.id, title }))) setTitle(null);
  };
  return (
    <>
      {title === null ? (
        <h4>
          {group.title}{' '}
          <button type="button" className="link-button" onClick={() => setTitle(group.title)} data-testid="group-rename">
            {t('board.rename')}
          </button>{' '}
          <button type="button" className="link-button" onClick={() => run('group:delete', { id: group.id }, 'groupDelete')} aria-label={t('board.deleteGroup', { title: group.title })} data-testid="group-delete">
            <ConsoleIcon name="close" />
          </button>
        </h4>
      ) : (
        <form className="row inline-form" onSubmit={save}>
          <input value={title} maxLength={limits.groupTitle} onChange={(e) => setTitle(e.target.value)} aria-label={t('board.groupTitle')} data-testid="group-title" autoFocus />
          <button type="submit" className="primary">
            {t('board.save')}
          </button>
          <button type="button" onClick={() => setTitle(null)}>
            {t('board.cancel')}
          </button>
        </form>
      )}
      <Refusal code={error} testId="group-error" />
    </>
  );
}
