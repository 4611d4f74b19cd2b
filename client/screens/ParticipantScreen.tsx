import { type FormEvent, Suspense, useEffect, useLayoutEffect, useState } from 'react';
import { useSessionGone } from '../components/useSessionGone';
import { createIdentity, forgetIdentity, type ParticipantIdentity, rememberName, storedIdentity, storedName } from '../net/identity';
import { forgetOutbox, openOutbox } from '../net/outbox';
import { registerPhoneWorker } from '../net/phoneWorker';
import { forgetCachedSession, useCachedSession } from '../net/sessionCache';
import { useConnection } from '../net/useConnection';
import { JOIN_NAME_FIELD_ID, JoinForm } from '../features/join/JoinForm';
import { JoinedPhone } from '../features/join/JoinedPhone';
import { joinShellTitle, takeOverJoinShell } from '../features/join/joinShellHandoff';
import { Forgotten, SessionGone } from '../features/join/lazyPhoneParts';

export function ParticipantScreen({ joinCode }: { joinCode: string }) {
  const [identity, setIdentity] = useState<(ParticipantIdentity & { name?: string }) | null>(() => storedIdentity(joinCode));
  const [shellTitle] = useState(() => joinShellTitle(joinCode));
  const [name, setName] = useState(storedName);
  // Before the first paint, so the server's join page and this screen are never seen together.
  useLayoutEffect(() => {
    const typed = takeOverJoinShell(joinCode, JOIN_NAME_FIELD_ID);
    if (typed) setName(typed);
  }, [joinCode]);
  // The last session this phone had, shown at once (also offline) and brought up to date by the join.
  useCachedSession(joinCode, identity?.participantId);
  // Here, not in JoinedPhone: the connection stays while the phone says the workshop is gone.
  useConnection(identity && { role: 'participant', joinCode, ...identity });
  const [forgotten, setForgotten] = useState(false);
  const gone = useSessionGone();
  const participantId = identity?.participantId;
  // Ideas written earlier, even before a reload, are sent as soon as this phone is joined.
  useEffect(() => (participantId ? openOutbox(joinCode, participantId) : undefined), [joinCode, participantId]);

  useEffect(registerPhoneWorker, []);

  const enter = (event: FormEvent) => {
    event.preventDefault();
    rememberName(name.trim());
    setIdentity({ ...createIdentity(joinCode), name: name.trim() });
  };

  const forget = () => {
    if (participantId) {
      forgetOutbox(joinCode, participantId);
      forgetCachedSession(joinCode, participantId);
    }
    forgetIdentity(joinCode);
    setIdentity(null);
    setName('');
    setForgotten(true);
  };

  if (forgotten)
    return (
      <Suspense fallback={null}>
        <Forgotten onAgain={() => setForgotten(false)} />
      </Suspense>
    );
  if (gone)
    return (
      <Suspense fallback={null}>
        <SessionGone />
      </Suspense>
    );
  if (!identity) return <JoinForm joinCode={joinCode} knownTitle={shellTitle} name={name} onName={setName} onEnter={enter} />;
  return <JoinedPhone onForgotten={forget} />;
}
