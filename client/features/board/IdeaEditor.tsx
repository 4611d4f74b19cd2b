import './laterStrings';
import { type FormEvent, useState } from 'react';
import { contentOf } from '../../../shared/board/ideaContent';
import type { Idea } from '../../../shared/board/types';
import { limits } from '../../../shared/limits';
import { useFormFocus } from '../../components/useFormFocus';
import { errorKey, useT } from '../../i18n';
import { enqueue } from '../../net/outbox';
import { useCommand } from '../../net/useCommand';
import { draftPayload, IdeaDetails, type IdeaDraft } from './IdeaFields';

const draftOf = (idea: Idea): IdeaDraft => ({ sector: idea.sector, ...contentOf(idea) });

/**
 * Edits carry the version they started from; if someone changed the idea meanwhile the server says `conflict`.
 * On a phone (`queued`) the edit goes to the outbox, which keeps it until it is sent and shows a refusal.
 */
export function IdeaEditor({ idea, onDone, returnKey, queued = false }: { idea: Idea; onDone: () => void; returnKey?: string; queued?: boolean }) {
  const t = useT();
  const [draft, setDraft] = useState(() => draftOf(idea));
  const [baseVersion] = useState(idea.version);
  const { run, error } = useCommand();
  const { ref, onKeyDown } = useFormFocus<HTMLFormElement>(onDone, returnKey);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const payload = { id: idea.id, baseVersion, ...draftPayload(draft) };
    if (queued ? enqueue({ name: 'idea:edit', payload }) : await run('idea:edit', payload)) onDone();
  };

  return (
    <form className="idea-editor" onSubmit={save} ref={ref} onKeyDown={onKeyDown}>
      <textarea
        aria-label={t('board.text')}
        rows={3}
        value={draft.text}
        maxLength={limits.ideaText}
        onChange={(e) => setDraft({ ...draft, text: e.target.value })}
      />
      <IdeaDetails draft={draft} onChange={setDraft} />
      {error && (
        <p className="error" role="alert">
          {error === 'conflict' ? t('board.conflictReloaded') : t(errorKey(error))}
        </p>
      )}
      <div className="row">
        {error === 'conflict' ? (
          <button type="button" onClick={onDone}>
            {t('board.cancel')}
          </button>
        ) : (
          <>
            <button type="submit" className="primary" disabled={!draft.text.trim()}>
              {t('board.save')}
            </button>
            <button type="button" onClick={onDone}>
              {t('board.cancel')}
            </button>
          </>
        )}
      </div>
    </form>
  );
}
