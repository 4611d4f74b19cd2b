// The poll scenario's rows for the table in docs/benchmarks.md (ours only: the relay has no polls).
import type { PollFigures } from './pollScenario';
import type { Row } from './report';

export function pollRows(poll: PollFigures): Row[] {
  return [
    { figure: `poll: answers acknowledged (of ${poll.phones} phones)`, ours: poll.acked, target: { text: `${poll.phones}`, met: poll.acked === poll.phones } },
    { figure: 'poll: seconds from the first answer to the last acknowledgement', ours: poll.windowSeconds, target: { text: '≤ 10', met: poll.windowSeconds <= 10 } },
    { figure: 'poll: projector result holds an answer, ms after its ack p50', ours: poll.toProjector.p50 },
    { figure: 'poll: projector result holds an answer, ms after its ack p99', ours: poll.toProjector.p99, target: { text: '≤ 1000', met: poll.toProjector.p99 <= 1000 } },
    { figure: 'poll: projector result holds the last answer, ms after its ack', ours: poll.lastToProjectorMs, target: { text: '≤ 1000', met: poll.lastToProjectorMs <= 1000 } },
    { figure: 'poll: acknowledged answers missing from the projector result', ours: poll.lost, target: { text: '0', met: poll.lost === 0 } },
  ];
}
