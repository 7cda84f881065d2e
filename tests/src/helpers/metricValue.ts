/** The lines of `/metrics` whose name is `metric`, as numbers (summed over labels). */
export async function metricValue(baseUrl: string, metric: string): Promise<number> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  let sum = 0;
  for (const line of text.split('\n')) {
    const match = new RegExp(`^${metric}(?:\\{[^}]*\\})? ([0-9.e+-]+)$`).exec(line);
    if (match?.[1]) sum += Number(match[1]);
  }
  return sum;
}
