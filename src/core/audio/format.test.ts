import { describe, it, expect } from 'vitest'
import { formatBytes, formatDuration, formatSeconds } from './format'

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [7000, '0:07'],
    [6600, '0:07'],
    [65_000, '1:05'],
    [59_600, '1:00'],
    [754_000, '12:34'],
    [3_599_400, '59:59'],
    [3_599_600, '1:00:00'],
    [3_903_000, '1:05:03'],
    [-5000, '0:00'],
    [Number.NaN, '0:00'],
  ])('%s ms → %s', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected)
  })
})

describe('formatSeconds', () => {
  it.each([
    [4100, '4.1 s'],
    [1849, '1.8 s'],
    [0, '0.0 s'],
    [12_345, '12.3 s'],
  ])('%s ms → %s', (ms, expected) => {
    expect(formatSeconds(ms)).toBe(expected)
  })
})

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [512, '512 B'],
    [999, '999 B'],
    [1000, '1.0 kB'],
    [3400, '3.4 kB'],
    [999_499, '999 kB'],
    [999_960, '1.0 MB'],
    [1_200_000, '1.2 MB'],
    [9_940_000, '9.9 MB'],
    [9_960_000, '10 MB'],
    [45_400_000, '45 MB'],
    [3_200_000_000, '3.2 GB'],
    [-1, '0 B'],
    [Number.POSITIVE_INFINITY, '0 B'],
  ])('%s → %s', (n, expected) => {
    expect(formatBytes(n)).toBe(expected)
  })
})
