/** The top frames of a V8 CPU profile (Chromium's Profiler or `node --cpu-prof`), by self and by total time. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

export function topFrames(profile: CpuProfile, count = 20): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const label = (id: number) => {
    const f = byId.get(id)!.callFrame;
    return `${f.functionName || '(anonymous)'} ${f.url.split('/').at(-1) ?? ''}:${f.lineNumber + 1}`;
  };
  let sum = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    sum += dt;
    self.set(label(id), (self.get(label(id)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const l = label(at);
      if (seen.has(l)) continue;
      seen.add(l);
      total.set(l, (total.get(l) ?? 0) + dt);
    }
  });
  const show = (m: Map<string, number>, skip: RegExp) =>
    [...m]
      .filter(([l]) => !skip.test(l))
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([l, ms]) => `  ${ms.toFixed(0).padStart(7)} ms  ${l}`)
      .join('\n');
  return (
    `profile: ${sum.toFixed(0)} ms sampled\nby self time:\n${show(self, /^\(idle\)|^\(program\)/)}\n` +
    `by total time:\n${show(total, /^\(root\)|^\(idle\)|^\(program\)/)}`
  );
}
