import { describe, expect, it } from 'vitest';
import { addressGroup } from '../../server/guards/addressGroup';
import { KeyedLimiter } from '../../server/guards/rateLimit';

describe('the keyed limiter', () => {
  it('keeps holding back a drained address however many one-off addresses come after it', () => {
    const limiter = new KeyedLimiter(20, 0.5);
    while (limiter.take('203.0.113.7'));
    for (let i = 0; i < 10_050; i++) limiter.take(`10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
    expect(limiter.take('203.0.113.7')).toBe(false);
    expect(limiter.size).toBeLessThanOrEqual(10_000);
  });

  it('stays bounded when every tracked address is drained, dropping the oldest first', () => {
    const limiter = new KeyedLimiter(1, 0, 100);
    for (let i = 0; i < 100; i++) limiter.take(`k${i}`);
    limiter.take('newest');
    expect(limiter.size).toBeLessThanOrEqual(100);
    expect(limiter.hasToken('k0')).toBe(true); // forgotten: the oldest go first
    expect(limiter.hasToken('k99')).toBe(false);
    expect(limiter.hasToken('newest')).toBe(false);
  });
});

describe('address groups', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::ffff', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:abcd::1', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
  ])('%s counts as %s', (address, group) => {
    expect(addressGroup(address)).toBe(group);
  });
});
