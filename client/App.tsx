import { useRoute } from './router';
import { FacilitatorScreen } from './screens/FacilitatorScreen';
import { Home } from './screens/Home';
import { NotFound } from './screens/NotFound';
import { ParticipantScreen } from './screens/ParticipantScreen';
import { ProjectorScreen } from './screens/ProjectorScreen';

export function App() {
  const route = useRoute();
  switch (route.screen) {
    case 'home':
      return <Home />;
    case 'participant':
      return <ParticipantScreen key={route.joinCode} joinCode={route.joinCode} />;
    case 'facilitator':
      return <FacilitatorScreen key={route.sessionId} sessionId={route.sessionId} keyParam={route.key} />;
    case 'projector':
      return <ProjectorScreen key={route.joinCode} joinCode={route.joinCode} />;
    default:
      return <NotFound />;
  }
}
