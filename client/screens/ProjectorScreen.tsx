// First, so this screen's strings are registered before anything renders (a phone never loads them).
import '../i18n/consoleStrings';
import { ConnectionBanner } from '../components/ConnectionBanner';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { PresenceCount } from '../components/PresenceCount';
import { SessionGone, useSessionGone } from '../components/SessionGone';
import { AgendaProjector } from '../features/agenda/AgendaProjector';
import { PollProjector } from '../features/polls/PollProjector';
import { usePresentedPoll } from '../features/polls/usePolls';
import { JoinCorner } from '../features/projector/JoinCorner';
import { ProjectorIdeas } from '../features/projector/ProjectorIdeas';
import { ProjectorResults } from '../features/projector/ProjectorResults';
import { ProjectorStrip } from '../features/projector/ProjectorStrip';
import '../features/projector/projector.css';
import { HighlightedQuestion } from '../features/questions/HighlightedQuestion';
import { QuestionsProjector } from '../features/questions/QuestionsProjector';
import { useConnection } from '../net/useConnection';
import { useApp } from '../store/appStore';

/**
 * Made to be read from the back of the room: big type, high contrast, no scrolling. While the board is open the
 * screen is the board, with Now/Next in a strip and the way in in a corner; otherwise the programme fills it.
 */
export function ProjectorScreen({ joinCode }: { joinCode: string }) {
  useConnection({ role: 'projector', joinCode });
  const phase = useApp((s) => s.session?.board.phase ?? 'closed');
  const isQrLarge = useApp((s) => s.session?.projector.isQrLarge ?? false);
  const isBoard = phase !== 'closed';
  const gone = useSessionGone();

  if (gone) return <SessionGone />;
  return (
    <div className={`projector ${isBoard ? 'projector-board-mode' : 'projector-agenda-mode'}`}>
      <ConnectionBanner />
      {isBoard ? <BoardMode joinCode={joinCode} isQrLarge={isQrLarge} /> : <AgendaMode joinCode={joinCode} isQrLarge={isQrLarge} />}
      {isQrLarge && (
        <div className="pqr-overlay">
          <JoinCorner joinCode={joinCode} size="large" />
        </div>
      )}
      <HighlightedQuestion />
    </div>
  );
}

/** A poll on the projector takes the content area: the room reads its results from the back. */
const useIsPresenting = () => usePresentedPoll() !== undefined;

/** The board open: the board fills the screen under a strip with the title, Now/Next and the way in. */
function BoardMode({ joinCode, isQrLarge }: { joinCode: string; isQrLarge: boolean }) {
  const title = useApp((s) => s.session?.title);
  const phase = useApp((s) => s.session?.board.phase ?? 'closed');
  const presenting = useIsPresenting();
  return (
    <>
      <header className="pstrip">
        <div className="pstrip-main">
          <div className="pstrip-top">
            <h1 className="pstrip-h1" data-testid="projector-title">
              {title}
            </h1>
            <div className="pstrip-side">
              <PresenceCount />
              <LanguageSwitch />
            </div>
          </div>
          <ProjectorStrip />
        </div>
        {!isQrLarge && <JoinCorner joinCode={joinCode} size="corner" />}
      </header>
      <main className="pboard" data-testid="projector-board" data-phase={phase}>
        {presenting ? <PollProjector /> : phase === 'results' ? <ProjectorResults /> : <ProjectorIdeas />}
      </main>
    </>
  );
}

/** The board closed: the programme and the questions fill the screen, the way in at the side. */
function AgendaMode({ joinCode, isQrLarge }: { joinCode: string; isQrLarge: boolean }) {
  const title = useApp((s) => s.session?.title);
  const presenting = useIsPresenting();
  return (
    <>
      <header className="projector-head">
        <h1 data-testid="projector-title">{title}</h1>
        <div className="pstrip-side">
          <PresenceCount />
          <LanguageSwitch />
        </div>
      </header>
      <main className="projector-body">
        <section className="projector-content">
          {presenting ? (
            <PollProjector />
          ) : (
            <>
              <AgendaProjector />
              <QuestionsProjector />
            </>
          )}
        </section>
        {!isQrLarge && <JoinCorner joinCode={joinCode} size="side" />}
      </main>
    </>
  );
}
