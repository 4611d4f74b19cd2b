import { ArchivedNote } from '../components/ArchivedNote';
import { ConnectionBanner } from '../components/ConnectionBanner';
import { SessionGone, useSessionGone } from '../components/SessionGone';
import { TopBar } from '../components/TopBar';
import { AgendaConsole } from '../features/agenda/AgendaConsole';
import { BoardConsole } from '../features/board/BoardConsole';
import { ExportLinks } from '../features/exports/ExportLinks';
import { BookmarkNotice } from '../features/facilitatorKey/BookmarkNotice';
import { KeyMissing } from '../features/facilitatorKey/KeyMissing';
import { WorkshopDetails } from '../features/session/WorkshopDetails';
import { UndoToast } from '../features/undo/UndoToast';
import { useConnection } from '../net/useConnection';
import { useApp } from '../store/appStore';
import { JoinPanel } from './JoinPanel';
import { ParticipantList } from './ParticipantList';

export function FacilitatorScreen({ sessionId, keyParam }: { sessionId: string; keyParam: string }) {
  // Without a key there is nothing to try: the screen explains the key instead of failing to join.
  useConnection(keyParam ? { role: 'facilitator', sessionId, key: keyParam } : null);
  const title = useApp((s) => s.session?.title);
  const ready = useApp((s) => s.session !== null && s.actor?.role === 'facilitator');
  const wrongKey = useApp((s) => s.joinError === 'forbidden' || s.joinError === 'invalid_payload');
  const gone = useSessionGone();

  if (!keyParam || wrongKey) return <KeyMissing sessionId={sessionId} wrong={Boolean(keyParam)} />;
  if (gone) return <SessionGone />;
  return (
    <div className="page console">
      <TopBar title={title} showPresence={ready} />
      <ConnectionBanner />
      <ArchivedNote />
      {ready && (
        <main className="console-grid">
          <BookmarkNotice sessionId={sessionId} />
          <WorkshopDetails />
          <aside className="console-side">
            <JoinPanel />
            <ParticipantList />
            <ExportLinks sessionId={sessionId} accessKey={keyParam} />
          </aside>
          <section className="console-main">
            <AgendaConsole />
            <BoardConsole />
          </section>
        </main>
      )}
      <UndoToast />
    </div>
  );
}
