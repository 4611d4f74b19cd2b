import { type FormEvent, Suspense, useDeferredValue, useEffect, useLayoutEffect, useState } from 'react';
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
import { JOIN_NAME_FIELD_ID, JoinForm } from '../features/join/JoinForm';
import { joinShellTitle, takeOverJoinShell } from '../features/join/joinShellHandoff';
import { PollPhone, preloadPhoneParts, QuestionsPhone } from '../features/join/lazyPhoneParts';
import { ParticipantName } from '../features/join/ParticipantName';

export function ParticipantScreen({ joinCode }: { joinCode: string }) {
  const [identity, setIdentity] = useState<(ParticipantIdentity & { name?: string }) | null>(() => storedIdentity(joinCode));
  const [shellTitle] = useState(() => joinShellTitle(joinCode));
  const [name, setName] = useState(storedName);
  // Before the first paint, so the server's join page and this screen are never seen together.
  useLayoutEffect(() => {
    const typed = takeOverJoinShell(joinCode, JOIN_NAME_FIELD_ID);
    if (typed) setName(typed);
  }, [joinCode]);
  useConnection(identity && { role: 'participant', joinCode, ...identity });
  const title = useApp((s) => s.session?.title);
  const [forgotten, setForgotten] = useState(false);
  // The phone's screen appears whole once the server's answer is in, not as an empty board that then jumps. React
  // renders it in the background, in slices: the whole screen in one task held a slow phone's main thread.
  const hasSession = useDeferredValue(useApp((s) => s.session !== null));
  const painted = usePaintedAfter(hasSession);
  useEffect(() => {
    if (painted) preloadPhoneParts();
  }, [painted]);
  const gone = useSessionGone();
  const takeover = usePhoneTakeover();
  // The idea form shows the ideas waiting to be sent; without it (not loaded yet, or the board moved on) they show here.
  // While the board is open it is what the phone is for: the talk's questions go below it, not above.
  const boardOpen = useApp((s) => s.session !== null && s.session.board.phase !== 'closed');
  const formShown = useApp((s) => s.session?.board.phase === 'collecting' && s.session.status !== 'archived');
  const participantId = identity?.participantId;
  // Ideas written earlier, even before a reload, are sent as soon as this phone is joined.
  useEffect(() => (participantId ? openOutbox(joinCode, participantId) : undefined), [joinCode, participantId]);

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
  if (gone) return <SessionGone />;
  if (!identity) return <JoinForm joinCode={joinCode} knownTitle={shellTitle} name={name} onName={setName} onEnter={enter} />;

  const questions = painted && (
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
            <ForgetMe onForgotten={forget} />
          </>
        )}
      </main>
    </div>
  );
}

/**
 * True once the screen `ready` brings is painted. What can wait a frame (the questions' and polls' code) starts
 * then, and not in the same task as the board, which it would hold back on a slow phone.
 */
function usePaintedAfter(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setPainted(true))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready]);
  return painted;
}
