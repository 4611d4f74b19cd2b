// First, so this screen's strings are registered before anything renders (a phone never loads them).
import '../i18n/consoleStrings';
import { TopBar } from '../components/TopBar';
import { CreateWorkshopButton } from '../features/newWorkshop/CreateWorkshopButton';
import { JoinByCode } from '../features/join/JoinByCode';
import { NewWorkshop } from '../features/newWorkshop/NewWorkshop';
import { useT } from '../i18n';

export function Home() {
  const t = useT();
  return (
    <div className="page">
      <TopBar showPresence={false} />
      <main className="home">
        <h1>Out of the Box</h1>
        <p className="lead">{t('home.tagline')}</p>
        <JoinByCode />
        <CreateWorkshopButton />
        <NewWorkshop />
      </main>
    </div>
  );
}
