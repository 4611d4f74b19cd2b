import { type FormEvent, useState } from 'react';
import { ConnectionBanner } from '../components/ConnectionBanner';
import { TopBar } from '../components/TopBar';
import { AgendaPhone } from '../features/agenda/AgendaPhone';
import { BoardPhone } from '../features/board/BoardPhone';
import { createIdentity, type ParticipantIdentity, rememberName, storedIdentity, storedName } from '../net/identity';
import { useConnection } from '../net/useConnection';
import { useApp } from '../store/appStore';
import { JoinForm } from './JoinForm';
import { ParticipantName } from './ParticipantName';

export function ParticipantScreen({ joinCode }: { joinCode: string }) {
  const [identity, setIdentity] = useState<(ParticipantIdentity & { name?: string }) | null>(() => storedIdentity(joinCode));
  const [name, setName] = useState(storedName);
  useConnection(identity && { role: 'participant', joinCode, ...identity });
  const title = useApp((s) => s.session?.title);

  const enter = (event: FormEvent) => {
    event.preventDefault();
    rememberName(name.trim());
    setIdentity({ ...createIdentity(joinCode), name: name.trim() });
  };

  if (!identity) return <JoinForm joinCode={joinCode} name={name} onName={setName} onEnter={enter} />;

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
