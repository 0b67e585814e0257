import type { Rng } from './prng.js';

/**
 * The humans behind the three backends. One person may chat with the bot (Reporter client),
 * be a CRM account (Leeloo) and phone the contact centre (UIS): the shared phone number is what
 * lets the gateway join a Leeloo account to its UIS calls.
 */
export interface Person {
  index: number;
  firstName: string;
  lastName: string;
  gender: 'MALE' | 'FEMALE';
  /** Canonical digits, Russian mobile: 11 digits starting with 7 (UIS writes numbers this way). */
  phoneDigits: string;
  email: string | null;
  locale: string;
  username: string;
}

const FEMALE = ['Anna', 'Maria', 'Olga', 'Elena', 'Irina', 'Natalia', 'Svetlana', 'Daria', 'Ksenia', 'Alina', 'Polina', 'Sofia'];
const MALE = ['Ivan', 'Dmitry', 'Sergey', 'Alexey', 'Pavel', 'Nikita', 'Mikhail', 'Artem', 'Egor', 'Roman', 'Oleg', 'Denis'];
const LAST = ['Ivanov', 'Petrov', 'Smirnov', 'Kuznetsov', 'Popov', 'Sokolov', 'Lebedev', 'Kozlov', 'Novikov', 'Morozov', 'Volkov', 'Orlov', 'Belov', 'Zaitsev'];

export function generatePeople(rng: Rng, count: number): Person[] {
  const people: Person[] = [];
  const usedPhones = new Set<string>();
  for (let index = 0; index < count; index++) {
    const gender = rng.bool() ? 'FEMALE' : 'MALE';
    const firstName = rng.pick(gender === 'FEMALE' ? FEMALE : MALE);
    const last = rng.pick(LAST);
    const lastName = gender === 'FEMALE' ? `${last}a` : last;
    let phoneDigits: string;
    do phoneDigits = `79${rng.int(10, 99)}${String(rng.int(0, 9_999_999)).padStart(7, '0')}`;
    while (usedPhones.has(phoneDigits));
    usedPhones.add(phoneDigits);
    const username = `${firstName}.${lastName}${index}`.toLowerCase();
    people.push({
      index,
      firstName,
      lastName,
      gender,
      phoneDigits,
      email: rng.bool(0.8) ? `${username}@example.com` : null,
      locale: rng.pick(['ru_RU', 'ru_RU', 'en_US', 'uk_UA']),
      username,
    });
  }
  return people;
}

/** The formats Leeloo accounts carry phones in: users type them by hand in messengers. */
export function formatPhoneForLeeloo(digits: string, style: number): string {
  const d = digits;
  switch (style % 4) {
    case 0:
      return `+${d}`;
    case 1:
      return `+${d[0]} (${d.slice(1, 4)}) ${d.slice(4, 7)}-${d.slice(7, 9)}-${d.slice(9)}`;
    case 2:
      return `8${d.slice(1)}`;
    default:
      return `+${d[0]} ${d.slice(1, 4)} ${d.slice(4, 7)} ${d.slice(7)}`;
  }
}
