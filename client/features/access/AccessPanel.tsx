import { useState } from 'react';
import { navigate } from '../../router';
import { keysHttp } from './keysHttp';
import { type ClientErrorCode, errorKey, useT } from './strings';

type Note = { kind: 'ok'; text: 'access.newKeyDone' | 'access.moderatorRevoked' } | { kind: 'failed'; code: ClientErrorCode } | null;

/**
 * A new facilitator key (a leaked link stops working; this console moves to the new one) and the moderator link for
 * a co-host. The moderator link is shown only here, right after it is made: the server keeps no copy of it.
 */
export function AccessPanel({ sessionId, accessKey }: { sessionId: string; accessKey: string }) {
  const t = useT();
  const [moderatorLink, setModeratorLink] = useState<string | null>(null);
  const [note, setNote] = useState<Note>(null);

  const newKey = async () => {
    if (!window.confirm(t('access.confirmNewKey'))) return;
    const answer = await keysHttp.newFacilitatorKey(sessionId, accessKey);
    if (!answer.ok) return setNote({ kind: 'failed', code: answer.code });
    // The bookmark notice shows the new link to save again.
    localStorage.removeItem(`ootb.linkSaved.${sessionId}`);
    navigate(answer.data.path);
    setNote({ kind: 'ok', text: 'access.newKeyDone' });
  };
  const newModerator = async () => {
    const answer = await keysHttp.newModeratorLink(sessionId, accessKey);
    if (!answer.ok) return setNote({ kind: 'failed', code: answer.code });
    setModeratorLink(new URL(answer.data.path, location.origin).href);
    setNote(null);
  };
  const revokeModerator = async () => {
    const answer = await keysHttp.revokeModeratorLink(sessionId, accessKey);
    if (!answer.ok) return setNote({ kind: 'failed', code: answer.code });
    setModeratorLink(null);
    setNote({ kind: 'ok', text: 'access.moderatorRevoked' });
  };

  return (
    <section className="card access-panel" aria-labelledby="access-heading" data-testid="access-panel">
      <h2 id="access-heading">{t('access.title')}</h2>
      <p className="muted">{t('access.note')}</p>
      <button type="button" onClick={() => void newKey()} data-testid="new-facilitator-key">
        {t('access.newKey')}
      </button>
      <h3>{t('access.moderatorTitle')}</h3>
      <p className="muted">{t('access.moderatorNote')}</p>
      {moderatorLink && <ModeratorLinkField link={moderatorLink} />}
      <div className="row">
        <button type="button" onClick={() => void newModerator()} data-testid="new-moderator-link">
          {t(moderatorLink ? 'access.moderatorRenew' : 'access.moderatorCreate')}
        </button>
        <button type="button" className="danger" onClick={() => void revokeModerator()} data-testid="revoke-moderator-link">
          {t('access.moderatorRevoke')}
        </button>
      </div>
      {note?.kind === 'ok' && <p role="status">{t(note.text)}</p>}
      {note?.kind === 'failed' && (
        <p className="error" role="alert">
          {t(errorKey(note.code))}
        </p>
      )}
    </section>
  );
}

/** The moderator link, shown once, to select or copy and hand to the co-host. */
function ModeratorLinkField({ link }: { link: string }) {
  const t = useT();
  return (
    <div className="row">
      <input readOnly value={link} aria-label={t('access.moderatorTitle')} onFocus={(e) => e.target.select()} data-testid="moderator-link" />
      <button type="button" onClick={() => void navigator.clipboard?.writeText(link).catch(() => {})}>
        {t('access.moderatorCopy')}
      </button>
    </div>
  );
}
