import { type FormEvent, useState } from 'react';
import { ConnectionBanner } from '../components/ConnectionBanner';
import { TopBar } from '../components/TopBar';
import { AgendaPhone } from '../features/agenda/AgendaPhone';
import { BoardPhone } from '../features/board/BoardPhone';
import { ForgetMe } from '../features/privacy/ForgetMe';
import { Forgotten } from '../features/privacy/Forgotten';
import { createIdentity, forgetIdentity, type ParticipantIdentity, rememberName, storedIdentity, storedName } from '../net/identity';
import { useConnection } from '../net/useConnection';
import { useApp } from '../store/appStore';
import { JoinForm } from './JoinForm';
import { ParticipantName } from './ParticipantName';

export function ParticipantScreen({ joinCode }: { joinCode: string }) {
  const [identity, setIdentity] = useState<(ParticipantIdentity & { name?: string }) | null>(() => storedIdentity(joinCode));
  const [name, setName] = useState(storedName);
  useConnection(identity && { role: 'participant', joinCode, ...identity });
  const title = useApp((s) => s.session?.title);
  const [forgotten, setForgotten] = useState(false);

  const enter = (event: FormEvent) => {
    event.preventDefault();
    rememberName(name.trim());
    setIdentity({ ...createIdentity(joinCode), name: name.trim() });
  };

  const forget = () => {
    forgetIdentity(joinCode);
    setIdentity(null);
    setName('');
    setForgotten(true);
  };

  if (forgotten) return <Forgotten onAgain={() => setForgotten(false)} />;
  if (!identity) return <JoinForm joinCode={joinCode} name={name} onName={setName} onEnter={enter} />;

  return (
    <div className="page phone">
      <TopBar title={title} />
      <ConnectionBanner />
      <main>
        <ParticipantName />
        <AgendaPhone />
        <BoardPhone />
        <ForgetMe onForgotten={forget} />
      </main>
    </div>
  );
}
