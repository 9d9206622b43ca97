// Reading Prometheus text from /metrics: one sample's value, and a histogram's count, sum and
// an estimated quantile from its cumulative buckets (what Prometheus's histogram_quantile does).
export type Samples = Map<string, number>;

/** Parses `name{labels} value` lines; comments are skipped. Keys keep their labels as written. */
export function parseSamples(text: string): Samples {
  const samples: Samples = new Map();
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const space = line.lastIndexOf(" ");
    samples.set(line.slice(0, space), Number(line.slice(space + 1)));
  }
  return samples;
}

export async function scrape(url: string, token?: string): Promise<Samples> {
  const res = await fetch(`${url}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (res.status !== 200) throw new Error(`/metrics answered ${res.status}`);
  return parseSamples(await res.text());
}

export interface HistogramReading {
  count: number;
  sum: number;
  /** upper bound → cumulative count */
  buckets: [number, number][];
}

export function histogram(samples: Samples, name: string): HistogramReading {
  const buckets: [number, number][] = [];
  for (const [key, value] of samples) {
    const match = new RegExp(`^${name}_bucket\\{le="([^"]+)"\\}$`).exec(key);
    if (match) buckets.push([match[1] === "+Inf" ? Infinity : Number(match[1]), value]);
  }
  buckets.sort((a, b) => a[0] - b[0]);
  return { count: samples.get(`${name}_count`) ?? 0, sum: samples.get(`${name}_sum`) ?? 0, buckets };
}

/** What happened between two readings of the same histogram. */
export function delta(later: HistogramReading, earlier: HistogramReading): HistogramReading {
  return {
    count: later.count - earlier.count,
    sum: later.sum - earlier.sum,
    buckets: later.buckets.map(([le, n], i) => [le, n - (earlier.buckets[i]?.[1] ?? 0)]),
  };
}

/** The q-quantile, interpolated linearly inside its bucket. */
export function quantile(reading: HistogramReading, q: number): number {
  if (reading.count === 0) return NaN;
  const rank = q * reading.count;
  let lower = 0;
  let below = 0;
  for (const [le, n] of reading.buckets) {
    if (n >= rank) return le === Infinity ? lower : lower + ((le - lower) * (rank - below)) / Math.max(1, n - below);
    lower = le;
    below = n;
  }
  return lower;
}
