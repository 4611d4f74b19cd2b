// The server's clock as seen from this device: countdowns use it, never the device clock alone.
import { useEffect, useState } from 'react';
import { appStore, useApp } from '../store/appStore';

interface Sample {
  offset: number;
  roundTrip: number;
}
const samples: Sample[] = [];

/** NTP-style: the server read its clock about halfway through the round trip. */
export function recordClockSample(sentAt: number, serverTime: number, receivedAt: number): void {
  const roundTrip = receivedAt - sentAt;
  samples.push({ offset: serverTime + roundTrip / 2 - receivedAt, roundTrip });
  if (samples.length > 8) samples.shift();
  // The fastest round trip has the least uncertainty about when the server read its clock.
  const best = samples.reduce((a, b) => (b.roundTrip < a.roundTrip ? b : a));
  appStore.setState({ clockOffset: Math.round(best.offset) });
}

export function resetClockSamples(): void {
  samples.length = 0;
}

/** Re-renders every `intervalMs` with the server's time. */
export function useServerNow(intervalMs = 250): number {
  const offset = useApp((s) => s.clockOffset);
  const [now, setNow] = useState(() => Date.now() + offset);
  useEffect(() => {
    setNow(Date.now() + offset);
    const timer = setInterval(() => setNow(Date.now() + offset), intervalMs);
    return () => clearInterval(timer);
  }, [offset, intervalMs]);
  return now;
}
