import { NowNext } from './NowNext';

export function AgendaProjector() {
  return (
    <section className="agenda-projector" data-testid="agenda-projector">
      <NowNext size="big" />
    </section>
  );
}
