// First, so this screen's strings are registered before anything renders (a phone never loads them).
import '../i18n/consoleStrings';
import type { ProjectorView } from '../../shared/projector/view';
import { ConnectionBanner } from '../components/ConnectionBanner';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { PresenceCount } from '../components/PresenceCount';
import { SessionGone, useSessionGone } from '../components/SessionGone';
import { AgendaProjector } from '../features/agenda/AgendaProjector';
import { PollProjector } from '../features/polls/PollProjector';
import { JoinCorner } from '../features/projector/JoinCorner';
import { ProjectorStrip } from '../features/projector/ProjectorStrip';
import { useProjectorView } from '../features/projector/useProjectorView';
import '../features/projector/projector.css';
import { HighlightedQuestion } from '../features/questions/HighlightedQuestion';
import { ProjectorBoard } from '../features/tables/ProjectorBoard';
import { QuestionsProjector } from '../features/questions/QuestionsProjector';
import { ProjectorReactions } from '../features/reactions/ProjectorReactions';
import { useConnection } from '../net/useConnection';
import { useApp } from '../store/appStore';

/**
 * Made to be read from the back of the room: big type, high contrast, no scrolling. It follows the day
 * (shared/projector/view.ts): the programme large, or a talk's questions, the board or a poll under a strip with
 * Now/Next and the way in in a corner.
 */
export function ProjectorScreen({ joinCode }: { joinCode: string }) {
  useConnection({ role: 'projector', joinCode });
  const view = useProjectorView();
  const isQrLarge = useApp((s) => s.session?.projector.isQrLarge ?? false);
  const gone = useSessionGone();

  if (gone) return <SessionGone />;
  return (
    <div className={`projector ${view === 'programme' ? 'projector-agenda-mode' : 'projector-board-mode'}`} data-testid="projector" data-view={view}>
      <ConnectionBanner />
      {view === 'programme' ? <AgendaMode joinCode={joinCode} isQrLarge={isQrLarge} /> : <StripMode view={view} joinCode={joinCode} isQrLarge={isQrLarge} />}
      {isQrLarge && (
        <div className="pqr-overlay">
          <JoinCorner joinCode={joinCode} size="large" />
        </div>
      )}
      <HighlightedQuestion />
    </div>
  );
}

/** A list fills the screen under a strip with the title, Now/Next and the way in. */
function StripMode({ view, joinCode, isQrLarge }: { view: Exclude<ProjectorView, 'programme'>; joinCode: string; isQrLarge: boolean }) {
  const title = useApp((s) => s.session?.title);
  const phase = useApp((s) => s.session?.board.phase ?? 'closed');
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
      <main className="pboard" data-testid={view === 'board' ? 'projector-board' : `projector-${view}-view`} data-phase={phase}>
        {view === 'poll' ? <PollProjector /> : view === 'questions' ? <QuestionsProjector /> : <ProjectorBoard />}
      </main>
      <ProjectorReactions />
    </>
  );
}

/** Nothing to list: the programme fills the screen, the way in at the side. */
function AgendaMode({ joinCode, isQrLarge }: { joinCode: string; isQrLarge: boolean }) {
  const title = useApp((s) => s.session?.title);
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
          <AgendaProjector />
        </section>
        {!isQrLarge && <JoinCorner joinCode={joinCode} size="side" />}
        <ProjectorReactions />
      </main>
    </>
  );
}
