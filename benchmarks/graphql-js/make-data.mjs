// Writes the benchmark's root value (deterministic) to ../Platform.GraphQL.Benchmarks/Workload/data.json.
import { writeFileSync } from 'node:fs';

const contents = ['THEORY', 'POLICY', 'VALUES', 'CULTURE', 'CUSTOMS'];
const purposes = ['THEORY', 'EDUCATION', 'CULTURE', 'SPORTS', 'SCIENCE'];
const days = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];

const volunteer = (u, t, i) => ({
  id: `v-${u}-${t}-${i}`, name: `Volunteer ${u}.${t}.${i}`, partyMember: i % 3 === 0,
  skills: ['lecture', 'first aid', 'calligraphy'].slice(0, 1 + (i % 3)),
  totalHours: 12.5 * (i + 1), stars: i % 5, points: 10 * i,
});
const team = (u, t) => ({
  id: `t-${u}-${t}`, name: `Team ${u}.${t}`, memberCount: 5,
  category: { code: `C${t}`, name: `Category ${t}`, standing: t < 8 },
  members: Array.from({ length: 5 }, (_, i) => volunteer(u, t, i)),
});
const venue = (u, i) => ({
  id: `ve-${u}-${i}`, name: `Venue ${u}.${i}`,
  address: { province: 'Shanxi', city: 'Taiyuan', county: `County ${u}`, street: `${i} Main Street` },
  location: { latitude: 37.87 + i / 100, longitude: 112.55 + u / 100 },
  rooms: purposes.map((p, r) => ({ name: `Room ${r}`, purpose: p, capacity: 20 + r })),
  openingHours: days.map((d) => ({ day: d, opens: '08:30', closes: '17:30' })),
});
const activity = (u, i) => ({
  id: `a-${u}-${i}`, title: `Activity ${u}.${i}`, content: contents[i % 5], status: 'PUBLISHED',
  startsAt: `2026-0${1 + (i % 9)}-1${i % 10}T09:00:00Z`, participants: 10 + i, tags: ['public', contents[i % 5].toLowerCase()],
  venue: { id: `ve-${u}-0`, name: `Venue ${u}.0` },
});
const unit = (u, level) => ({
  id: `u-${u}`, name: `Unit ${u}`, code: `1401${String(u).padStart(4, '0')}`, level, kind: u % 2 ? 'RURAL' : 'URBAN',
  population: 1000 * (u + 3),
  leaders: [{ role: 'Director', name: `Director ${u}` }, { role: 'Office head', name: `Head ${u}` }],
  staff: { fullTime: 6, partTime: 3, managers: 2 },
});

const children = Array.from({ length: 10 }, (_, c) => ({
  ...unit(c + 1, 'TOWNSHIP'),
  teams: Array.from({ length: 3 }, (_, t) => team(c + 1, t)),
  activities: Array.from({ length: 10 }, (_, i) => activity(c + 1, i)),
}));
const root = {
  unit: {
    ...unit(0, 'COUNTY'),
    statistics: {
      registeredVolunteers: 5230, activeVolunteers: 2890, participationRate: 0.1375,
      byContent: contents.map((c, i) => ({ content: c, count: 10 + i })),
    },
    venues: Array.from({ length: 3 }, (_, i) => venue(0, i)),
    children,
  },
  search: [
    { __typename: 'OrgUnit', id: 'u-1', name: 'Unit 1', level: 'TOWNSHIP' },
    { __typename: 'Activity', id: 'a-1-0', title: 'Theory lecture', content: 'THEORY' },
    { __typename: 'OrgUnit', id: 'u-2', name: 'Unit 2', level: 'TOWNSHIP' },
  ],
};
writeFileSync(new URL('../Platform.GraphQL.Benchmarks/Workload/data.json', import.meta.url), JSON.stringify(root));
