import { type FormEvent, Suspense, useEffect, useLayoutEffect, useState } from 'react';
import { ArchivedNote } from '../components/ArchivedNote';
import { ConnectionBanner } from '../components/ConnectionBanner';
import { SessionGone, useSessionGone } from '../components/SessionGone';
import { TopBar } from '../components/TopBar';
import { AgendaPhone } from '../features/agenda/AgendaPhone';
import { BoardPhone } from '../features/board/BoardPhone';
import { ForgetMe } from '../features/privacy/ForgetMe';
import { Forgotten } from '../features/privacy/Forgotten';
import { OutboxStatus } from '../features/board/OutboxStatus';
import { PollBanner } from '../features/polls/PollBanner';
import { usePhoneTakeover } from '../features/polls/usePhoneTakeover';
import { createIdentity, forgetIdentity, type ParticipantIdentity, rememberName, storedIdentity, storedName } from '../net/identity';
import { openOutbox } from '../net/outbox';
import { useConnection } from '../net/useConnection';
import { useApp } from '../store/appStore';
import { JoinForm } from '../features/join/JoinForm';
import { joinShellTitle, takeOverJoinShell } from '../features/join/joinShellHandoff';
import { PollPhone, preloadPhoneParts, QuestionsPhone } from '../features/join/lazyPhoneParts';
import { ParticipantName } from '../features/join/ParticipantName';

export function ParticipantScreen({ joinCode }: { joinCode: string }) {
  const me = useParticipantIdentity(joinCode);
  useConnection(me.identity && { role: 'participant', joinCode, ...me.identity });
  usePreparedPhone(joinCode, me.identity?.participantId);
  const gone = useSessionGone();
  const takeover = usePhoneTakeover();

  if (me.forgotten) return <Forgotten onAgain={me.again} />;
  if (gone) return <SessionGone />;
  if (!me.identity) return <JoinForm joinCode={joinCode} knownTitle={me.shellTitle} name={me.name} onName={me.setName} onEnter={me.enter} />;
  return <JoinedPhone takeover={takeover} onForgotten={me.forget} />;
}

/** Who this phone is in this session: kept on the phone, made on entering, wiped on forgetting. */
function useParticipantIdentity(joinCode: string) {
  const [identity, setIdentity] = useState<(ParticipantIdentity & { name?: string }) | null>(() => storedIdentity(joinCode));
  const [shellTitle] = useState(() => joinShellTitle(joinCode));
  const [name, setName] = useState(storedName);
  const [forgotten, setForgotten] = useState(false);
  // Before the first paint, so the server's join page and this screen are never seen together.
  useLayoutEffect(() => {
    const typed = takeOverJoinShell(joinCode);
    if (typed) setName(typed);
  }, [joinCode]);

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
  return { identity, shellTitle, name, setName, enter, forgotten, forget, again: () => setForgotten(false) };
}

/** Loads the joined screen's parts once the server has answered, and sends ideas waiting in the outbox. */
function usePreparedPhone(joinCode: string, participantId: string | undefined) {
  // The phone's screen appears whole once the server's answer is in, not as an empty board that then jumps.
  const hasSession = useApp((s) => s.session !== null);
  useEffect(() => {
    if (hasSession) preloadPhoneParts();
  }, [hasSession]);
  // Ideas written earlier, even before a reload, are sent as soon as this phone is joined.
  useEffect(() => (participantId ? openOutbox(joinCode, participantId) : undefined), [joinCode, participantId]);
}

function JoinedPhone({ takeover, onForgotten }: { takeover: ReturnType<typeof usePhoneTakeover>; onForgotten: () => void }) {
  const title = useApp((s) => s.session?.title);
  const hasSession = useApp((s) => s.session !== null);
  // The idea form shows the ideas waiting to be sent; without it (not loaded yet, or the board moved on) they show here.
  // While the board is open it is what the phone is for: the talk's questions go below it, not above.
  const boardOpen = useApp((s) => s.session !== null && s.session.board.phase !== 'closed');
  const formShown = useApp((s) => s.session?.board.phase === 'collecting' && s.session.status !== 'archived');
  const questions = (
    <Suspense fallback={null}>
      <QuestionsPhone />
    </Suspense>
  );
  return (
    <div className="page phone">
      <TopBar title={title} />
      <ConnectionBanner />
      <ArchivedNote />
      {takeover.poll && takeover.showing && (
        <main>
          <Suspense fallback={null}>
            <PollPhone key={takeover.poll.id} poll={takeover.poll} onBack={takeover.back} />
          </Suspense>
        </main>
      )}
      <main hidden={takeover.showing}>
        {!formShown && <OutboxStatus />}
        {hasSession && (
          <>
            {takeover.poll && <PollBanner poll={takeover.poll} onOpen={takeover.reopen} />}
            <ParticipantName />
            <AgendaPhone />
            {!boardOpen && questions}
            <BoardPhone />
            {boardOpen && questions}
            <ForgetMe onForgotten={onForgotten} />
          </>
        )}
      </main>
    </div>
  );
}
