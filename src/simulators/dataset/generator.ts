import type { Person } from './people.js';
import type { Rng } from './prng.js';

/**
 * What every backend's generator gets: its own random stream, the shared people and the scale.
 * Apart from dataset/index.ts, which calls the generators, so that they do not import it back.
 */
export interface GeneratorInput {
  rng: Rng;
  people: Person[];
  size: number;
  anchor: Date;
}
