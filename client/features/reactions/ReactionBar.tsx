import { useRef, useState } from 'react';
import { reactionLimits } from '../../../shared/limits';
import { reactionsOf } from '../../../shared/reaction/fold';
import type { ReactionKind } from '../../../shared/reaction/kinds';
import { useApp } from '../../store/appStore';
import { useDayPosition } from '../agenda/useAgenda';
import { phoneRow } from './phoneRow';
import { sendReaction, type TapResult } from './sendReaction';
import { errorKey, useT } from './strings';
import { reactionBarCss } from './reactionBarCss';

type Status = 'idle' | 'sending' | 'counted' | Exclude<TapResult, { ok: true }>['code'];

/**
 * One tap, no typing: the phone's reaction bar during any programme item. It sends at most one tap per
 * `clientGapMs`, and none while its last tap is unanswered, so a held finger is never a flood and a room of phones
 * never sends a busy server more than it answers; taps in between are not sent, and the bar says only what the
 * server counted.
 */
export function ReactionBar() {
  const t = useT();
  const { item, on } = usePhoneReactions();
  const [status, setStatus] = useState<Status>('idle');
  const [mine, setMine] = useState<{ itemId: string; count: number }>({ itemId: '', count: 0 });
  const [flying, setFlying] = useState<{ kind: ReactionKind; n: number } | null>(null);
  const lastTap = useRef(-Infinity);
  const answering = useRef(false);
  if (!item) return null;
  if (!on) return <p className="reaction-off muted" data-testid="reactions-off">{t('reactions.off')}</p>;

  const tap = async (kind: ReactionKind) => {
    const at = performance.now();
    if (answering.current || at - lastTap.current < reactionLimits.clientGapMs) return;
    lastTap.current = at;
    answering.current = true;
    setFlying((f) => ({ kind, n: (f?.n ?? 0) + 1 }));
    setStatus('sending');
    const result = await sendReaction(kind).finally(() => (answering.current = false));
    if (result.ok) {
      setMine((m) => ({ itemId: item.id, count: m.itemId === item.id ? m.count + 1 : 1 }));
      setStatus('counted');
    } else setStatus(result.code);
  };
  const count = mine.itemId === item.id ? mine.count : 0;
  return (
    <section className="reaction-bar card" aria-label={t('reactions.label')} data-testid="reaction-bar">
      <style>{reactionBarCss}</style>
      <div className="reaction-buttons">
        {phoneRow.map(([kind, glyph]) => (
          <button key={kind} type="button" className="reaction-button" onClick={() => void tap(kind)} aria-label={t(`reactions.kind.${kind}`)} data-kind={kind}>
            <span aria-hidden="true">{glyph}</span>
            {flying?.kind === kind && (
              <span key={flying.n} className="reaction-fly" aria-hidden="true">
                {glyph}
              </span>
            )}
          </button>
        ))}
      </div>
      <p className="reaction-status" role="status" data-testid="reaction-status" data-status={status}>
        {statusText(status, count, t)}
      </p>
    </section>
  );
}

/** The item on now and whether it takes reactions (from the phone's own modules only: see phoneRow.ts). */
function usePhoneReactions(): { item: { id: string } | null; on: boolean } {
  const { current } = useDayPosition(1000);
  const off = useApp((s) => {
    if (!s.session || !current) return true;
    const r = reactionsOf(s.session);
    return s.session.status === 'archived' || r.off || r.offItems.includes(current.id);
  });
  return { item: current, on: !off };
}

function statusText(status: Status, count: number, t: ReturnType<typeof useT>): string {
  switch (status) {
    case 'idle':
      return t('reactions.anonymous');
    case 'sending':
      return t('reactions.sending');
    case 'counted':
      return `${t('reactions.counted')} ${t('reactions.mine', { count })}`;
    case 'offline':
      return t('reactions.offline');
    case 'rate_limited':
      return t('reactions.slowDown');
    default:
      return t(errorKey(status));
  }
}
