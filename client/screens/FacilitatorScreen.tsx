// First, so this screen's strings are registered before anything renders (a phone never loads them).
import '../i18n/consoleStrings';
import { ArchivedNote } from '../components/ArchivedNote';
import { ConnectionBanner } from '../components/ConnectionBanner';
import { SessionGone, useSessionGone } from '../components/SessionGone';
import { SkipLinks } from '../components/SkipLinks';
import { TopBar } from '../components/TopBar';
import { AgendaConsole } from '../features/agenda/AgendaConsole';
import { useCurrentKind } from '../features/agenda/useAgenda';
import { BoardConsole } from '../features/board/BoardConsole';
import { AccessPanel } from '../features/access/AccessPanel';
import { ExportLinks } from '../features/exports/ExportLinks';
import { BookmarkNotice } from '../features/facilitatorKey/BookmarkNotice';
import { KeyMissing } from '../features/facilitatorKey/KeyMissing';
import { PollsConsole } from '../features/polls/PollsConsole';
import { PresenterBar } from '../features/presenter/PresenterBar';
import { useScrollClearOf } from '../features/presenter/useScrollClearOf';
import { QuestionsConsole } from '../features/questions/QuestionsConsole';
import { WorkshopDetails } from '../features/session/WorkshopDetails';
import { UndoToast } from '../features/undo/UndoToast';
import { ReactionsConsole } from '../features/reactions/ReactionsConsole';
import { useConnection } from '../net/useConnection';
import { useState } from 'react';
import { useT } from '../i18n';
import { keepUndoList, useApp } from '../store/appStore';
import { JoinPanel } from '../features/session/JoinPanel';
import { ParticipantList } from '../features/session/ParticipantList';
import { evolveAll } from '../../shared/evolve';

// This screen offers undo: it keeps the undo list as the server does, from the moment its code loads.
keepUndoList(evolveAll);

/**
 * The console. Keyboard order follows the work: the presenter bar, then the board, then the programme to edit,
 * then the way in and the exports. During a workshop item the programme folds so the board is what you see.
 */
export function FacilitatorScreen({ sessionId, keyParam }: { sessionId: string; keyParam: string }) {
  // Without a key there is nothing to try: the screen explains the key instead of failing to join.
  useConnection(keyParam ? { role: 'facilitator', sessionId, key: keyParam } : null);
  const title = useApp((s) => s.session?.title);
  const ready = useApp((s) => s.session !== null && s.actor?.role === 'facilitator');
  const wrongKey = useApp((s) => s.joinError === 'forbidden' || s.joinError === 'invalid_payload');
  const gone = useSessionGone();
  const isWorkshop = useCurrentKind() === 'workshop';
  const [sticky, setSticky] = useState<HTMLDivElement | null>(null);
  useScrollClearOf(sticky);

  if (!keyParam || wrongKey) return <KeyMissing sessionId={sessionId} wrong={Boolean(keyParam)} />;
  if (gone) return <SessionGone />;
  return (
    <div className="page console">
      <TopBar title={title} showPresence={ready} />
      {/* The offline banner and the presenter bar stay in view together, one above the other. */}
      <div className="console-sticky" ref={setSticky}>
        <ConnectionBanner />
        {ready && <PresenterBar />}
      </div>
      {/* After the presenter bar, which a presenter needs first; before the board's hundred Tab stops. */}
      {ready && <ConsoleSkipLinks />}
      <ArchivedNote />
      {ready && (
        <main className="console-grid" data-workshop={isWorkshop || undefined}>
          <BookmarkNotice sessionId={sessionId} />
          <WorkshopDetails />
          <div className="console-main">
            <BoardConsole />
            <AgendaConsole isFolded={isWorkshop} />
            <QuestionsConsole />
            <ReactionsConsole />
            <PollsConsole />
          </div>
          <aside className="console-side">
            <JoinPanel />
            <ParticipantList />
            <ExportLinks sessionId={sessionId} accessKey={keyParam} />
            <AccessPanel sessionId={sessionId} accessKey={keyParam} />
          </aside>
        </main>
      )}
      <UndoToast />
    </div>
  );
}

function ConsoleSkipLinks() {
  const t = useT();
  const targets = [
    { id: 'board-heading', label: t('skip.board') },
    { id: 'programme-heading', label: t('skip.programme') },
    { id: 'questions-heading', label: t('skip.questions') },
    { id: 'polls-heading', label: t('skip.polls') },
    { id: 'join-heading', label: t('skip.join') },
  ];
  return <SkipLinks targets={targets} />;
}
