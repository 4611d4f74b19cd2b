import { ConnectionBanner } from '../components/ConnectionBanner';
import { TopBar } from '../components/TopBar';
import { AgendaConsole } from '../features/agenda/AgendaConsole';
import { useCurrentKind } from '../features/agenda/useAgenda';
import { BoardConsole } from '../features/board/BoardConsole';
import { ExportLinks } from '../features/exports/ExportLinks';
import { PollsConsole } from '../features/polls/PollsConsole';
import { PresenterBar } from '../features/presenter/PresenterBar';
import { QuestionsConsole } from '../features/questions/QuestionsConsole';
import { useT } from '../i18n';
import { useConnection } from '../net/useConnection';
import { useApp } from '../store/appStore';
import { JoinPanel } from './JoinPanel';
import { ParticipantList } from './ParticipantList';

/**
 * The console. Keyboard order follows the work: the presenter bar, then the board, then the programme to edit,
 * then the way in and the exports. During a workshop item the programme folds so the board is what you see.
 */
export function FacilitatorScreen({ sessionId, keyParam }: { sessionId: string; keyParam: string }) {
  const t = useT();
  useConnection({ role: 'facilitator', sessionId, key: keyParam });
  const title = useApp((s) => s.session?.title);
  const ready = useApp((s) => s.session !== null && s.actor?.role === 'facilitator');
  const isWorkshop = useCurrentKind() === 'workshop';

  return (
    <div className="page console">
      <TopBar title={title} />
      {/* The offline banner and the presenter bar stay in view together, one above the other. */}
      <div className="console-sticky">
        <ConnectionBanner />
        {ready && <PresenterBar />}
      </div>
      {ready && (
        <>
          <main className="console-grid" data-workshop={isWorkshop || undefined}>
            <div className="console-main">
              <BoardConsole />
              <AgendaConsole isFolded={isWorkshop} />
              <QuestionsConsole />
              <PollsConsole />
            </div>
            <aside className="console-side">
              <JoinPanel />
              <ParticipantList />
              <ExportLinks sessionId={sessionId} accessKey={keyParam} />
              <p className="bookmark-note" data-testid="bookmark-note">
                {t('facilitator.bookmark')}
              </p>
            </aside>
          </main>
        </>
      )}
    </div>
  );
}
