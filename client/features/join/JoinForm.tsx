import { limits } from '../../../shared/limits';
import type { FormEvent } from 'react';
import { TopBar } from '../../components/TopBar';
import { errorKey, useT } from '../../i18n';
import { PrivacyNotice } from '../privacy/PrivacyNotice';
import { useJoinTitle } from './useJoinTitle';

export const JOIN_NAME_FIELD_ID = 'display-name';

/** The first screen on a phone: which workshop this is, and an optional name. */
export function JoinForm(props: { joinCode: string; knownTitle: string | null; name: string; onName: (name: string) => void; onEnter: (e: FormEvent) => void }) {
  const t = useT();
  const { title, error, deleteOn } = useJoinTitle(props.joinCode, props.knownTitle);
  return (
    <div className="page phone">
      <TopBar showPresence={false} />
      <main>
        <form className="card stack" onSubmit={props.onEnter}>
          <p className="muted">{t('join.title')}</p>
          <h1 data-testid="join-title">{title ?? ' '}</h1>
          <p className="join-code-small">{props.joinCode}</p>
          {error ? (
            <>
              <p className="error" role="alert">
                {t(errorKey(error))}
              </p>
              <a href="/">{t('notFound.home')}</a>
            </>
          ) : (
            <>
              <label htmlFor={JOIN_NAME_FIELD_ID}>{t('join.nameLabel')}</label>
              <input
                id={JOIN_NAME_FIELD_ID}
                value={props.name}
                maxLength={limits.displayName}
                autoComplete="nickname"
                placeholder={t('join.namePlaceholder')}
                onChange={(e) => props.onName(e.target.value)}
              />
              <button type="submit" className="primary wide" data-testid="enter">
                {t('join.submit')}
              </button>
              <PrivacyNotice deleteOn={deleteOn} />
            </>
          )}
        </form>
      </main>
    </div>
  );
}
