import { ConnectionBanner } from '../components/ConnectionBanner';
import { TopBar } from '../components/TopBar';
import { AgendaConsole } from '../features/agenda/AgendaConsole';
import { BoardConsole } from '../features/board/BoardConsole';
import { ExportLinks } from '../features/exports/ExportLinks';
import { PollsConsole } from '../features/polls/PollsConsole';
import { QuestionsConsole } from '../features/questions/QuestionsConsole';
import { useT } from '../i18n';
import { useConnection } from '../net/useConnection';
import { useApp } from '../store/appStore';
import { JoinPanel } from './JoinPanel';
import { ParticipantList } from './ParticipantList';

export function FacilitatorScreen({ sessionId, keyParam }: { sessionId: string; keyParam: string }) {
  const t = useT();
  useConnection({ role: 'facilitator', sessionId, key: keyParam });
  const title = useApp((s) => s.session?.title);
  const ready = useApp((s) => s.session !== null && s.actor?.role === 'facilitator');

  return (
    <div className="page console">
      <TopBar title={title} />
      <ConnectionBanner />
      {ready && (
        <main className="console-grid">
          <aside className="console-side">
            <JoinPanel />
            <ParticipantList />
            <ExportLinks sessionId={sessionId} accessKey={keyParam} />
            <p className="bookmark-note" data-testid="bookmark-note">
              {t('facilitator.bookmark')}
            </p>
          </aside>
          <section className="console-main">
            <AgendaConsole />
            <QuestionsConsole />
            <PollsConsole />
            <BoardConsole />
          </section>
        </main>
      )}
    </div>
  );
}
