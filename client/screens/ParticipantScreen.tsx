import { type FormEvent, useState } from 'react';
import { ConnectionBanner } from '../components/ConnectionBanner';
import { TopBar } from '../components/TopBar';
import { AgendaPhone } from '../features/agenda/AgendaPhone';
import { BoardPhone } from '../features/board/BoardPhone';
import { PollBanner } from '../features/polls/PollBanner';
import { PollPhone } from '../features/polls/PollPhone';
import { usePhoneTakeover } from '../features/polls/usePhoneTakeover';
import { QuestionsPhone } from '../features/questions/QuestionsPhone';
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
  const takeover = usePhoneTakeover();

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
      {takeover.poll && takeover.showing && (
        <main>
          <PollPhone key={takeover.poll.id} poll={takeover.poll} onBack={takeover.back} />
        </main>
      )}
      <main hidden={takeover.showing}>
        {takeover.poll && <PollBanner poll={takeover.poll} onOpen={takeover.reopen} />}
        <ParticipantName />
        <AgendaPhone />
        <QuestionsPhone />
        <BoardPhone />
      </main>
    </div>
  );
}
