// The phone's later parts load after its first screen; a load that fails (the server was down, the Wi-Fi dropped)
// must not reject: a rejected lazy() import unmounts the whole screen.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { untilLoaded } from '../../client/features/join/lazyPhoneParts';

afterEach(() => vi.useRealTimers());

describe('a later part of the phone that fails to load', () => {
  it('is asked for again every 5 s until it comes, and every caller gets the one load', async () => {
    vi.useFakeTimers();
    const load = vi.fn<() => Promise<string>>().mockRejectedValueOnce(new Error('offline')).mockRejectedValueOnce(new Error('offline')).mockResolvedValue('part');
    const part = untilLoaded(load);
    const first = part();
    const second = part();
    expect(second).toBe(first);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(load).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(load).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(5_000);
    await expect(first).resolves.toBe('part');
    expect(load).toHaveBeenCalledTimes(3);
  });
});
