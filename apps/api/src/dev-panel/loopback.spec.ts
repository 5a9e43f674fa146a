import { isLoopback, isLoopbackHost } from './loopback.js';

describe('isLoopback', () => {
  it.each(['127.0.0.1', '127.8.9.10', '::1', '0:0:0:0:0:0:0:1', '::ffff:127.0.0.1'])(
    'is true for %s',
    (address) => {
      expect(isLoopback(address)).toBe(true);
    },
  );

  it.each([
    '10.0.0.1',
    '192.168.1.20',
    '203.0.113.7',
    '::ffff:10.0.0.1',
    '::2',
    'fe80::1',
    '126.0.0.1',
    '128.0.0.1',
  ])('is false for %s', (address) => {
    expect(isLoopback(address)).toBe(false);
  });

  it('is false for a missing or malformed address', () => {
    expect(isLoopback(undefined)).toBe(false);
    expect(isLoopback('')).toBe(false);
    expect(isLoopback('localhost')).toBe(false);
    expect(isLoopback('127.0.0.1.evil.example')).toBe(false);
  });
});

describe('isLoopbackHost', () => {
  it.each([
    'localhost',
    'localhost:3000',
    'LOCALHOST:5173',
    '127.0.0.1:3000',
    '[::1]:3000',
    '[::1]',
  ])('is true for %s', (host) => {
    expect(isLoopbackHost(host)).toBe(true);
  });

  it.each([
    'evil.example',
    'evil.example:3000',
    'localhost.evil.example',
    '192.168.1.20:3000',
    'evil.example@127.0.0.1',
    '127.0.0.1/evil',
    '[::2]:3000',
    '',
    undefined,
  ])('is false for %s', (host) => {
    expect(isLoopbackHost(host)).toBe(false);
  });
});
