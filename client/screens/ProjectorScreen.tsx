import { ConnectionBanner } from '../components/ConnectionBanner';
import { JoinQr } from '../components/JoinQr';
import { PresenceCount } from '../components/PresenceCount';
import { AgendaProjector } from '../features/agenda/AgendaProjector';
import { BoardProjector } from '../features/board/BoardProjector';
import { PollProjector } from '../features/polls/PollProjector';
import { usePresentedPoll } from '../features/polls/usePolls';
import { HighlightedQuestion } from '../features/questions/HighlightedQuestion';
import { QuestionsProjector } from '../features/questions/QuestionsProjector';
import { useT } from '../i18n';
import { useConnection } from '../net/useConnection';
import { useApp } from '../store/appStore';

/** Made to be read from the back of the room: big type, high contrast, no controls. */
export function ProjectorScreen({ joinCode }: { joinCode: string }) {
  const t = useT();
  useConnection({ role: 'projector', joinCode });
  const title = useApp((s) => s.session?.title);
  const joinUrl = useApp((s) => s.joinUrl);
  const presenting = usePresentedPoll() !== undefined;
  const host = joinUrl.replace(/^https?:\/\//, '').replace(/\/j\/.*$/, '');

  return (
    <div className="projector">
      <ConnectionBanner />
      <header className="projector-head">
        <h1 data-testid="projector-title">{title}</h1>
        <PresenceCount />
      </header>
      <main className="projector-body">
        <section className="projector-content">
          {/* A poll on the projector takes the whole content area: the room reads its results from the back. */}
          {presenting ? (
            <PollProjector />
          ) : (
            <>
              <AgendaProjector />
              <QuestionsProjector />
              <BoardProjector />
            </>
          )}
        </section>
        <aside className="projector-join">
          <JoinQr joinCode={joinCode} size={320} />
          <p>
            {t('projector.joinAt')} <strong>{host}</strong> {t('projector.withCode')}
          </p>
          <p className="projector-code" data-testid="projector-code">
            {joinCode}
          </p>
        </aside>
      </main>
      <HighlightedQuestion />
    </div>
  );
}
