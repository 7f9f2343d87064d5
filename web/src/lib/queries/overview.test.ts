import { describe, expect, it } from 'vitest';
import { kindFromApi } from './overview';

describe('kindFromApi', () => {
  it.each([
    ['SPEECH', 'speech'],
    ['HOST_MONOLOGUE', 'host-monologue'],
    ['host-monologue', 'host-monologue'],
    ['panel', 'panel'],
    ['KEYNOTE', null],
  ])('%s → %s', (input, expected) => {
    expect(kindFromApi(input)).toBe(expected);
  });
});
