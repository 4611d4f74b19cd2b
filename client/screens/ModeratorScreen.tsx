// First, so this screen's strings are registered before anything renders (a phone never loads them).
import '../i18n/consoleStrings';
import { ConnectionBanner } from '../components/ConnectionBanner';
import { SessionGone, useSessionGone } from '../components/SessionGone';
import { TopBar } from '../components/TopBar';
import { ApprovalInbox } from '../features/approval/ApprovalInbox';
import { KeyMissing } from '../features/facilitatorKey/KeyMissing';
import { QuestionsConsole } from '../features/questions/QuestionsConsole';
import { LazySimilarIdeas } from '../features/similar/lazySimilar';
import { useCommand } from '../net/useCommand';
import { useConnection } from '../net/useConnection';
import { keepUndoList, useApp } from '../store/appStore';
import { evolveAll } from '../../shared/evolve';

// This screen offers undo: it keeps the undo list as the server does, from the moment its code loads.
keepUndoList(evolveAll);

/**
 * A co-host's moderation screen (a moderator link): ideas waiting for approval and the questions of the programme.
 * The server refuses anything else it might send (shared/access/permissions.ts).
 */
export function ModeratorScreen({ sessionId, keyParam }: { sessionId: string; keyParam: string }) {
  useConnection(keyParam ? { role: 'moderator', sessionId, key: keyParam } : null);
  const title = useApp((s) => s.session?.title);
  const ready = useApp((s) => s.session !== null && s.actor?.role === 'moderator');
  const wrongKey = useApp((s) => s.joinError === 'forbidden' || s.joinError === 'invalid_payload');
  const gone = useSessionGone();
  const sending = useCommand();
  if (!keyParam || wrongKey) return <KeyMissing sessionId={sessionId} wrong={Boolean(keyParam)} />;
  if (gone) return <SessionGone />;
  return (
    <div className="page console">
      <TopBar title={title} showPresence={ready} />
      <ConnectionBanner />
      {ready && (
        <main className="console-grid" data-testid="moderator-screen">
          <div className="console-main">
            <ApprovalInbox />
            <LazySimilarIdeas sending={sending} />
            <QuestionsConsole />
          </div>
        </main>
      )}
    </div>
  );
}
