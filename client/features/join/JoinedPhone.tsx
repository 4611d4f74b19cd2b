import { Suspense, useDeferredValue, useEffect } from 'react';
import { ConnectionBanner } from '../../components/ConnectionBanner';
import { TopBar } from '../../components/TopBar';
import { usePaintedAfter } from '../../components/usePaintedAfter';
import { useApp } from '../../store/appStore';
import { AgendaPhone } from '../agenda/AgendaPhone';
import { BoardPhone } from '../board/BoardPhone';
import { PollBanner } from '../polls/PollBanner';
import { usePhoneTakeover } from '../polls/usePhoneTakeover';
import { ArchivedNote, ForgetMe, OutboxStatus, PollPhone, preloadPhoneParts, QuestionsPhone, ReactionBar } from './lazyPhoneParts';
import { useOutbox } from '../../net/outbox';
import { ParticipantName } from './ParticipantName';

/** A joined phone's page: the programme, the board, the talk's questions, and a poll when one takes the phone over. */
export function JoinedPhone({ onForgotten }: { onForgotten: () => void }) {
  const title = useApp((s) => s.session?.title);
  // The phone's screen appears whole once the server's answer is in, not as an empty board that then jumps. React
  // renders it in the background, in slices: the whole screen in one task held a slow phone's main thread.
  const hasSession = useDeferredValue(useApp((s) => s.session !== null));
  // What the phone shows later (questions, polls, results, editing) loads once this screen is painted, not with it.
  const painted = usePaintedAfter(hasSession);
  useEffect(() => {
    if (painted) preloadPhoneParts();
  }, [painted]);
  const takeover = usePhoneTakeover();
  // Every write not acknowledged yet shows here, first; the idea form lists the ideas waiting while it is shown.
  // While the board is open it is what the phone is for: the talk's questions go below it, not above.
  const boardOpen = useApp((s) => s.session !== null && s.session.board.phase !== 'closed');
  const formShown = useApp((s) => s.session?.board.phase === 'collecting' && s.session.status !== 'archived');
  const hasWrites = useOutbox((s) => s.entries.length > 0);
  const questions = painted && (
    <Suspense fallback={null}>
      <QuestionsPhone />
    </Suspense>
  );
  return (
    <div className="page phone">
      <TopBar title={title} />
      <ConnectionBanner />
      <ArchivedBanner />
      {takeover.poll && takeover.showing && (
        <main>
          <Suspense fallback={null}>
            <PollPhone key={takeover.poll.id} poll={takeover.poll} onBack={takeover.back} />
          </Suspense>
        </main>
      )}
      <main hidden={takeover.showing}>
        {hasWrites && (
          <Suspense fallback={null}>
            <OutboxStatus only={formShown ? (entry) => entry.name !== 'idea:add' : undefined} />
          </Suspense>
        )}
        {hasSession && (
          <>
            {takeover.poll && <PollBanner poll={takeover.poll} onOpen={takeover.reopen} />}
            <ParticipantName />
            <AgendaPhone />
            {painted && <Suspense fallback={null}><ReactionBar /></Suspense>}
            {!boardOpen && questions}
            <BoardPhone />
            {boardOpen && questions}
            {painted && (
              <Suspense fallback={null}>
                <ForgetMe onForgotten={onForgotten} />
              </Suspense>
            )}
          </>
        )}
      </main>
    </div>
  );
}

/** The note on an archived workshop, whose code the phone loads only for such a workshop. */
function ArchivedBanner() {
  const archived = useApp((s) => s.session?.status === 'archived');
  return (
    archived && (
      <Suspense fallback={null}>
        <ArchivedNote />
      </Suspense>
    )
  );
}
