// The peer of Platform.GraphQL.ServerBenchmark: the same schema and data, graphql-js 17.1.0 behind graphql-http's
// node handler, venues batched per request by DataLoader. Usage: node server.mjs <port> (binds 127.0.0.1 only).
import { createServer } from 'node:http';
import { buildSchema } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';
import DataLoader from 'dataloader';

const UNIT_COUNT = 100;
const VENUES_PER_UNIT = 3;

const units = Array.from({ length: UNIT_COUNT }, (_, i) => ({ id: i + 1, name: `Unit ${i + 1}` }));
const venuesByUnit = new Map();
for (let i = 0; i < UNIT_COUNT * VENUES_PER_UNIT; i++) {
  const venue = { id: i + 1, name: `Venue ${i + 1}`, capacity: 20 + ((i * 7) % 180), unitId: Math.floor(i / VENUES_PER_UNIT) + 1 };
  if (!venuesByUnit.has(venue.unitId)) venuesByUnit.set(venue.unitId, []);
  venuesByUnit.get(venue.unitId).push(venue);
}

const counters = { unitsQueries: 0, venueBatches: 0 };

const schema = buildSchema(`
  type Query {
    hello: String
    units(first: Int = 100): [Unit!]!
  }

  type Unit {
    id: Int!
    name: String!
    venues: [Venue!]!
  }

  type Venue {
    id: Int!
    name: String!
    capacity: Int!
  }
`);

const rootValue = {
  hello: () => 'world',
  units: ({ first }) => {
    counters.unitsQueries++;
    return units.slice(0, Math.max(0, first ?? 100));
  },
};

// The child field goes through the request's DataLoader, as Unit.GetVenues does in the C# server.
schema.getType('Unit').getFields().venues.resolve = (unit, _args, context) => context.venuesByUnit.load(unit.id);

const loadVenueBatch = async (unitIds) => {
  counters.venueBatches++;
  return unitIds.map((id) => venuesByUnit.get(id) ?? []);
};

const handler = createHandler({
  schema,
  rootValue,
  context: () => ({ venuesByUnit: new DataLoader(loadVenueBatch) }),
});

const port = Number(process.argv[2] ?? 4000);
createServer((req, res) => {
  if (req.url === '/stats') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(counters));
    return;
  }
  if (req.url.startsWith('/graphql')) {
    handler(req, res);
    return;
  }
  res.writeHead(404).end();
}).listen(port, '127.0.0.1');
