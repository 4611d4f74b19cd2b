// Presence in a keynote-sized room: the staff's screens hear every change within the usual delay, the phones at
// most every 10 s and always the last count (server/socket/presence.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type PresenceAudience, PresenceTracker } from '../../server/socket/presence';
import { DEFAULT_PHONE_BATCHING } from '../../server/tuning';

type Sent = { audience: PresenceAudience; online: number };

describe('presence counts', () => {
  let sent: Sent[];
  let tracker: PresenceTracker;
  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
    tracker = new PresenceTracker((_, presence, audience) => sent.push({ audience, online: presence.participantsOnline }), 250);
  });
  afterEach(() => {
    tracker.close();
    vi.useRealTimers();
  });

  it('go to every screen of a small room together', () => {
    tracker.add('s', 'a');
    tracker.add('s', 'b');
    vi.advanceTimersByTime(250);
    expect(sent).toEqual([{ audience: 'everyone', online: 2 }]);
  });

  it('reach the staff of a large room at once, its phones at most every 10 s and with the last count', () => {
    const large = DEFAULT_PHONE_BATCHING.abovePhones + 1;
    for (let i = 0; i < large; i++) tracker.add('s', `p${i}`);
    vi.advanceTimersByTime(250);
    expect(sent).toEqual([{ audience: 'staff', online: large }]);
    // Joins go on for 5 s: the staff hear each quarter second, the phones nothing yet.
    for (let t = 0; t < 20; t++) {
      tracker.add('s', `late${t}`);
      vi.advanceTimersByTime(250);
    }
    expect(sent.filter((s) => s.audience === 'phones')).toEqual([]);
    expect(sent.filter((s) => s.audience === 'staff').at(-1)).toEqual({ audience: 'staff', online: large + 20 });
    vi.advanceTimersByTime(5_000);
    expect(sent.filter((s) => s.audience === 'phones')).toEqual([{ audience: 'phones', online: large + 20 }]);
    expect(sent.some((s) => s.audience === 'everyone')).toBe(false);
  });
});
