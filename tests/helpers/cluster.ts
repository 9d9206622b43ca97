// Several Samla instances the way docs/deploy.md runs them: N real server processes on one
// throw-away PostgreSQL and one Redis, behind a real HAProxy configured from
// docs/deploy/haproxy.cfg. Clients connect to the load balancer's URL; tests that need a
// participant on a given instance connect to that instance's own URL.
import { startLoadBalancer, type LoadBalancer } from "./loadBalancer";
import { startPostgres, type TestPostgres } from "./postgres";
import { startRedis, type TestRedis } from "./redis";
import { freePort, startServer, type RunningServer } from "./server";

export interface ClusterOptions {
  instances?: number;
  /** Extra environment for every instance. */
  env?: Record<string, string>;
  /** Name of the database to create (one per test file keeps them apart). */
  database?: string;
  authSecret?: string;
  /** Start no load balancer (benchmarks that address instances directly). */
  withoutLoadBalancer?: boolean;
}

export interface Cluster {
  postgres: TestPostgres;
  redis: TestRedis;
  databaseUrl: string;
  authSecret: string;
  instances: RunningServer[];
  /** Null with withoutLoadBalancer. */
  balancer: LoadBalancer | null;
  /** The load balancer's URL (the one participants use). */
  url: string;
  /** Starts instance `index` again (after a kill) on its old port, same database and Redis. */
  restartInstance(index: number): Promise<RunningServer>;
  stop(): Promise<void>;
}

const defaultSecret = "cluster-test-secret-that-is-long-enough-0123456789";

export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const count = options.instances ?? 3;
  const authSecret = options.authSecret ?? defaultSecret;
  const postgres = await startPostgres();
  const started: { redis?: TestRedis; instances: RunningServer[]; balancer?: LoadBalancer } = { instances: [] };
  try {
    const databaseUrl = await postgres.createDatabase(options.database ?? "samla_cluster");
    started.redis = await startRedis();
    const redis = started.redis;
    const ports = await Promise.all(Array.from({ length: count }, () => freePort()));
    // The balancer's port is known before the instances start: it is their PUBLIC_URL.
    const balancerPort = options.withoutLoadBalancer ? null : await freePort();
    const envFor = (index: number) => ({
      REDIS_URL: redis.url,
      AUTH_SECRET: authSecret,
      INSTANCE_ID: `samla-${index + 1}`,
      SIGNUP_OPEN: "true",
      // The tests' HAProxy checks every second and needs two failures: 2.5 s covers that.
      DRAIN_SECONDS: "2.5",
      ...(balancerPort ? { PUBLIC_URL: `http://127.0.0.1:${balancerPort}`, NEXTAUTH_URL: `http://127.0.0.1:${balancerPort}` } : {}),
      ...options.env,
    });
    const start = (index: number) => startServer({ databaseUrl, port: ports[index], env: envFor(index) });
    // The first applies the migrations; the others then start side by side.
    started.instances.push(await start(0));
    started.instances.push(...(await Promise.all(ports.slice(1).map((_, i) => start(i + 1)))));
    const instances = started.instances;
    if (balancerPort) {
      started.balancer = await startLoadBalancer(
        ports.map((port, i) => ({ name: `samla${i + 1}`, port })),
        balancerPort,
      );
      await waitForEveryInstanceBehind(started.balancer.url, count);
    }
    const balancer = started.balancer ?? null;
    return {
      postgres,
      redis,
      databaseUrl,
      authSecret,
      instances,
      balancer,
      url: balancer?.url ?? instances[0].url,
      async restartInstance(index) {
        instances[index] = await start(index);
        return instances[index];
      },
      async stop() {
        await balancer?.stop();
        await Promise.all(instances.map((i) => i.kill()));
        await redis.stop();
        await postgres.stop();
      },
    };
  } catch (error) {
    await started.balancer?.stop();
    await Promise.all(started.instances.map((i) => i.kill()));
    await started.redis?.stop();
    await postgres.stop();
    throw error;
  }
}

/**
 * HAProxy puts an instance in rotation after two good checks a second apart. Until every
 * instance is in, the first clients would all land on the one that came up first.
 */
async function waitForEveryInstanceBehind(url: string, count: number): Promise<void> {
  const seen = new Set<string>();
  const deadline = Date.now() + 30_000;
  while (seen.size < count) {
    if (Date.now() > deadline) throw new Error(`only ${seen.size} of ${count} instances answered through the load balancer`);
    try {
      const body = (await (await fetch(`${url}/api/health`)).json()) as { instance?: string };
      if (body.instance) seen.add(body.instance);
    } catch {
      // not yet
    }
    if (seen.size < count) await new Promise((r) => setTimeout(r, 100));
  }
}
