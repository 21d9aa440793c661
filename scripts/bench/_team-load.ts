import { Agent, request } from 'undici';
import { summarize } from './_stats';
import { BENCH_PASSWORD, type SeededSeeker, type SeededTeam } from './_team-seed';

/** What one request was for, grouped into the figures the targets are set on. */
export const OPERATIONS = {
  today: 'seekerPages',
  applications: 'seekerPages',
  application: 'seekerPages',
  plan: 'seekerPages',
  caseloadLarge: 'caseloadLarge',
  caseloadRegular: 'caseloadRegular',
  logApplication: 'writes',
  completeStep: 'writes',
} as const;
type Operation = keyof typeof OPERATIONS;
type Category = (typeof OPERATIONS)[Operation];

/** A seeker's next action, by weight: reading pages mostly, and one write in ten. */
const SEEKER_MIX: readonly [Operation, number][] = [
  ['today', 30],
  ['applications', 25],
  ['application', 20],
  ['plan', 15],
  ['logApplication', 5],
  ['completeStep', 5],
];
const MIX_TOTAL = SEEKER_MIX.reduce((sum, [, weight]) => sum + weight, 0);

/**
 * A seeker's plan steps as the clients acting for them know them; shared when two clients are one
 * person (more clients than seekers), so neither completes a step the other already did.
 */
interface StepState {
  open: string[];
  done: string[];
}

/** A simulated person with their own connections, source address and session. */
interface Client {
  agent: Agent;
  cookie: string;
  role:
    { kind: 'seeker'; seeker: SeededSeeker; steps: StepState } | { kind: 'coach'; large: boolean };
  turn: number;
}

export interface LoadOptions {
  servers: readonly string[];
  seconds: number;
  warmupSeconds: number;
  /** Mean pause between one answer and the client's next request (uniform, ±50%). */
  thinkMs: number;
}

interface Outcome {
  ms: number;
  status: number;
  /** For a failure: the request and the start of the answer, to say what went wrong. */
  failure?: string;
}

/**
 * One request, timed from sending to the last byte of the answer; a failure to connect or read
 * counts as status 0. Changes carry the marker every change needs in team mode.
 */
async function send(
  client: Client,
  server: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<Outcome> {
  const started = performance.now();
  try {
    const response = await request(`${server}/api${path}`, {
      dispatcher: client.agent,
      method: method as 'GET',
      headers: {
        cookie: client.cookie,
        ...(method !== 'GET' && { 'x-rebound-request': '1', 'content-type': 'application/json' }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const answer = Buffer.from(await response.body.arrayBuffer());
    const ms = performance.now() - started;
    if (response.statusCode < 400) return { ms, status: response.statusCode };
    const failure = `${method} ${path} → ${response.statusCode} ${answer.toString().slice(0, 200)}`;
    return { ms, status: response.statusCode, failure };
  } catch (error) {
    const failure = `${method} ${path} → ${(error as Error).message}`;
    return { ms: performance.now() - started, status: 0, failure };
  }
}

/** Each person connects from their own loopback address, as people reach a server from theirs. */
const sourceAddress = (i: number) => `127.1.${Math.floor(i / 250)}.${(i % 250) + 1}`;

/**
 * Signs in every client (untimed for the load, but reported): most are seekers, one in ten a
 * coach, and one coach client in four watches the large caseload.
 */
export async function signInClients(team: SeededTeam, count: number, servers: readonly string[]) {
  const coachClients = count < 2 ? 0 : Math.max(1, Math.round(count / 10));
  const plans = Array.from({ length: count }, (_, i) =>
    i < coachClients
      ? { email: '', coach: i % 4 === 0 ? 0 : 1 + (i % (team.coaches.length - 1)) }
      : { email: team.seekers[(i - coachClients) % team.seekers.length]?.email ?? '', coach: -1 },
  );
  const clients: Client[] = [];
  const timings: number[] = [];
  const steps = new Map<string, StepState>();
  const stepsOf = (seeker: SeededSeeker) => {
    const state = steps.get(seeker.email) ?? { open: [...seeker.openStepIds], done: [] };
    steps.set(seeker.email, state);
    return state;
  };
  const queue = [...plans.entries()];
  const signInOne = async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      const [i, plan] = next;
      const email = plan.coach >= 0 ? (team.coaches[plan.coach] as string) : plan.email;
      const agent = new Agent({ localAddress: sourceAddress(i), keepAliveTimeout: 60_000 });
      const started = performance.now();
      const server = servers[i % servers.length] as string;
      const response = await request(`${server}/api/session`, {
        dispatcher: agent,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-rebound-request': '1' },
        body: JSON.stringify({ email, password: BENCH_PASSWORD }),
      });
      const text = await response.body.text();
      timings.push(performance.now() - started);
      const setCookie = response.headers['set-cookie'];
      const cookie = (Array.isArray(setCookie) ? setCookie[0] : setCookie)?.split(';')[0];
      if (response.statusCode !== 200 || cookie === undefined) {
        throw new Error(`sign-in as ${email} answered ${response.statusCode}: ${text}`);
      }
      const seeker = team.seekers.find((s) => s.email === email);
      clients[i] = {
        agent,
        cookie,
        role:
          plan.coach >= 0 || seeker === undefined
            ? { kind: 'coach', large: plan.coach === 0 }
            : { kind: 'seeker', seeker, steps: stepsOf(seeker) },
        turn: i,
      };
    }
  };
  // argon2id is the point of sign-in; a few at a time keeps its memory use in bounds.
  await Promise.all(Array.from({ length: 8 }, signInOne));
  return { clients, signInMs: summarize(timings) };
}

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)] as T;

function nextSeekerOperation(): Operation {
  let roll = Math.random() * MIX_TOTAL;
  for (const [operation, weight] of SEEKER_MIX) {
    roll -= weight;
    if (roll < 0) return operation;
  }
  return 'today';
}

function logApplication(client: Client, server: string) {
  const body = { company: `Bench Co ${client.turn}`, role: 'Analyst', source: 'Job board' };
  return send(client, server, 'POST', '/applications', body);
}

/** Runs one action for a client on a server; seekers follow the mix, coaches read their caseload. */
async function act(client: Client, server: string): Promise<[Operation, Outcome]> {
  if (client.role.kind === 'coach') {
    const operation = client.role.large ? 'caseloadLarge' : 'caseloadRegular';
    return [operation, await send(client, server, 'GET', '/team/caseload')];
  }
  const { seeker, steps } = client.role;
  const operation = nextSeekerOperation();
  switch (operation) {
    case 'today':
      return [operation, await send(client, server, 'GET', '/agenda')];
    case 'applications':
      // The board reads every application in one page, as the web app does.
      return [operation, await send(client, server, 'GET', '/applications?limit=1000')];
    case 'application':
      return [
        operation,
        await send(client, server, 'GET', `/applications/${pick(seeker.applicationIds)}`),
      ];
    case 'plan':
      return [
        operation,
        await send(client, server, 'GET', `/applications/${pick(seeker.rejectedIds)}/plan`),
      ];
    case 'completeStep': {
      // Steps run out over a long run: a done one is opened again, which is also a write. A
      // step joins the other list once its answer is in, so no one acts on it halfway.
      const open = steps.open.pop();
      if (open !== undefined) {
        const outcome = await send(client, server, 'POST', `/tasks/${open}/done`, {});
        steps.done.push(open);
        return [operation, outcome];
      }
      const reopen = steps.done.shift();
      if (reopen !== undefined) {
        const outcome = await send(client, server, 'POST', `/tasks/${reopen}/reopen`);
        steps.open.push(reopen);
        return [operation, outcome];
      }
      // A seeker whose plans are all settled has no step to complete: they log an application.
      return ['logApplication', await logApplication(client, server)];
    }
    case 'logApplication':
      return [operation, await logApplication(client, server)];
    default:
      return [operation, await send(client, server, 'GET', '/agenda')];
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Drives every client for the warm-up and then the measured time, each sending its next request
 * a think time after the last answer, to the servers in turn (a load balancer without sticky
 * sessions). Returns the latencies and errors of the measured part.
 */
export async function runLoad(clients: readonly Client[], options: LoadOptions) {
  const samples = new Map<Operation, number[]>();
  const errors = new Map<Operation, Record<string, number>>();
  const failures: string[] = [];
  let warmupErrors = 0;
  const startedAt = performance.now();
  const measureFrom = startedAt + options.warmupSeconds * 1000;
  const endAt = measureFrom + options.seconds * 1000;
  const loop = async (client: Client) => {
    // People do not all click at once: each starts somewhere in its first think time.
    await sleep(Math.random() * options.thinkMs);
    while (performance.now() < endAt) {
      const server = options.servers[client.turn % options.servers.length] as string;
      client.turn += 1;
      const sentAt = performance.now();
      const [operation, outcome] = await act(client, server);
      if (sentAt < measureFrom && outcome.status >= 300) {
        warmupErrors += 1;
        if (failures.length < 5) failures.push(`warm-up: ${outcome.failure ?? outcome.status}`);
      }
      if (sentAt >= measureFrom && sentAt < endAt) {
        if (outcome.status >= 200 && outcome.status < 300) {
          const list = samples.get(operation) ?? [];
          list.push(outcome.ms);
          samples.set(operation, list);
        } else {
          const tally = errors.get(operation) ?? {};
          tally[String(outcome.status)] = (tally[String(outcome.status)] ?? 0) + 1;
          errors.set(operation, tally);
          if (failures.length < 5) failures.push(outcome.failure ?? `status ${outcome.status}`);
        }
      }
      await sleep(options.thinkMs * (0.5 + Math.random()));
    }
  };
  await Promise.all(clients.map(loop));
  return { ...report(samples, errors, options.seconds), warmupErrors, firstFailures: failures };
}

function latency(list: readonly number[]) {
  const sorted = [...list].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))] ?? 0;
  const { samples, p50, p99, max } = summarize(sorted);
  return { samples, p50, p95: Math.round(p95 * 1000) / 1000, p99, max };
}

function report(
  samples: Map<Operation, number[]>,
  errors: Map<Operation, Record<string, number>>,
  seconds: number,
) {
  const byCategory = new Map<Category, { ok: number[]; errors: Record<string, number> }>();
  const operations: Record<string, unknown> = {};
  for (const operation of Object.keys(OPERATIONS) as Operation[]) {
    const ok = samples.get(operation) ?? [];
    const failed = errors.get(operation) ?? {};
    const errorCount = Object.values(failed).reduce((sum, n) => sum + n, 0);
    if (ok.length + errorCount === 0) continue;
    operations[operation] = { ...latency(ok), errors: errorCount, errorStatuses: failed };
    const category = byCategory.get(OPERATIONS[operation]) ?? { ok: [], errors: {} };
    category.ok.push(...ok);
    for (const [status, n] of Object.entries(failed))
      category.errors[status] = (category.errors[status] ?? 0) + n;
    byCategory.set(OPERATIONS[operation], category);
  }
  const categories: Record<
    string,
    ReturnType<typeof latency> & { errors: number; errorStatuses: Record<string, number> }
  > = {};
  let total = 0;
  for (const [category, { ok, errors: failed }] of byCategory) {
    const errorCount = Object.values(failed).reduce((sum, n) => sum + n, 0);
    total += ok.length + errorCount;
    categories[category] = { ...latency(ok), errors: errorCount, errorStatuses: failed };
  }
  return { requestsPerSecond: Math.round((total / seconds) * 10) / 10, categories, operations };
}

export type LoadReport = ReturnType<typeof report> & {
  warmupErrors: number;
  firstFailures: string[];
};

/** Closes every client's connections. */
export async function closeClients(clients: readonly Client[]) {
  await Promise.all(clients.map((client) => client.agent.close()));
}
