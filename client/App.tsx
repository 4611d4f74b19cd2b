import { lazy, Suspense } from 'react';
import { useRoute } from './router';
import { NotFound } from './screens/NotFound';

// Each face loads its own code: a phone never downloads the facilitator console or the home page's forms.
const Home = lazy(() => import('./screens/Home').then((m) => ({ default: m.Home })));
const ParticipantScreen = lazy(() => import('./screens/ParticipantScreen').then((m) => ({ default: m.ParticipantScreen })));
const ModeratorScreen = lazy(() => import('./screens/ModeratorScreen').then((m) => ({ default: m.ModeratorScreen })));
const FacilitatorScreen = lazy(() => import('./screens/FacilitatorScreen').then((m) => ({ default: m.FacilitatorScreen })));
const AdminScreen = lazy(() => import('./screens/AdminScreen').then((m) => ({ default: m.AdminScreen })));
const ProjectorScreen = lazy(() => import('./screens/ProjectorScreen').then((m) => ({ default: m.ProjectorScreen })));

export function App() {
  return (
    <Suspense fallback={null}>
      <Screen />
    </Suspense>
  );
}

function Screen() {
  const route = useRoute();
  switch (route.screen) {
    case 'home':
      return <Home />;
    case 'participant':
      return <ParticipantScreen key={route.joinCode} joinCode={route.joinCode} />;
    case 'facilitator':
      return <FacilitatorScreen key={route.sessionId} sessionId={route.sessionId} keyParam={route.key} />;
    case 'moderator':
      return <ModeratorScreen key={route.sessionId} sessionId={route.sessionId} keyParam={route.key} />;
    case 'projector':
      return <ProjectorScreen key={route.joinCode} joinCode={route.joinCode} />;
    case 'admin':
      return <AdminScreen />;
    default:
      return <NotFound />;
  }
}
