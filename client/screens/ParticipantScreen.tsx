import { type FormEvent, useState } from 'react';
import { ConnectionBanner } from '../components/ConnectionBanner';
import { TopBar } from '../components/TopBar';
import { AgendaPhone } from '../features/agenda';
import { BoardPhone } from '../features/board';
import { useT } from '../i18n';
import { createIdentity, type ParticipantIdentity, rememberName, storedIdentity, storedName } from '../net/identity';
import { useConnection } from '../net/useConnection';
import { useApp } from '../store/appStore';
import { ParticipantName } from './ParticipantName';

export function ParticipantScreen({ joinCode }: { joinCode: string }) {
  const t = useT();
  const [identity, setIdentity] = useState<(ParticipantIdentity & { name?: string }) | null>(() => storedIdentity(joinCode));
  const [name, setName] = useState(storedName);
  useConnection(identity && { role: 'participant', joinCode, ...identity });
  const title = useApp((s) => s.session?.title);

  const enter = (event: FormEvent) => {
    event.preventDefault();
    rememberName(name.trim());
    setIdentity({ ...createIdentity(joinCode), name: name.trim() });
  };

  if (!identity) {
    return (
      <div className="page phone">
        <TopBar showPresence={false} />
        <main>
          <form className="card" onSubmit={enter}>
            <p className="muted">{t('join.title')}</p>
            <h1 className="join-code-title">{joinCode}</h1>
            <label htmlFor="display-name">{t('join.nameLabel')}</label>
            <input
              id="display-name"
              value={name}
              maxLength={40}
              autoComplete="nickname"
              placeholder={t('join.namePlaceholder')}
              onChange={(e) => setName(e.target.value)}
            />
            <button type="submit" className="primary wide" data-testid="enter">
              {t('join.submit')}
            </button>
          </form>
        </main>
      </div>
    );
  }

  return (
    <div className="page phone">
      <TopBar title={title} />
      <ConnectionBanner />
      <main>
        <ParticipantName />
        <AgendaPhone />
        <BoardPhone />
      </main>
    </div>
  );
}
