import { generateLeelooData, type LeelooData } from '../leeloo/data.js';
import { generateReporterData } from '../reporter/data.js';
import type { ReporterData } from '../reporter/records.js';
import { generateUisData, type UisData } from '../uis/data.js';
import { generatePeople, type Person } from './people.js';
import { Rng } from './prng.js';

export interface DatasetOptions {
  /** @default 42 */
  seed?: number;
  /**
   * Scale factor. 1 gives ~600 people, ~5 000 sessions with ~40 000 messages, ~6 000 calls and
   * ~400 CRM accounts: enough for paging and benchmarks, and built in well under 2 s.
   * @default 1
   */
  size?: number;
  /** The dataset's "now": every timestamp lies before it. @default the start of the current UTC hour */
  anchor?: Date;
}

export interface Dataset {
  seed: number;
  size: number;
  anchor: Date;
  people: Person[];
  reporter: ReporterData;
  uis: UisData;
  leeloo: LeelooData;
}

export function createDataset(opts: DatasetOptions = {}): Dataset {
  const seed = opts.seed ?? 42;
  const size = opts.size ?? 1;
  const anchor = opts.anchor ?? new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);
  const root = new Rng(seed);
  const people = generatePeople(root.fork(1), Math.max(20, Math.round(600 * size)));
  return {
    seed,
    size,
    anchor,
    people,
    reporter: generateReporterData({ rng: root.fork(2), people, size, anchor }),
    uis: generateUisData({ rng: root.fork(3), people, size, anchor }),
    leeloo: generateLeelooData({ rng: root.fork(4), people, size, anchor }),
  };
}
