// A small weighted Levenberg–Marquardt solver for the curve models (≤ 4 parameters), with a
// central-difference Jacobian. It also returns JᵀWJ at the optimum, which the predictive
// distribution uses for the parameter uncertainty (Laplace approximation).

export type Solve = { params: number[]; sse: number; jtwj: number[][] };

export function jacobianAt(f: (p: number[]) => (s: number) => number, params: number[], xs: number[]): number[][] {
  const k = params.length;
  const rows = xs.map(() => new Array<number>(k).fill(0));
  for (let j = 0; j < k; j++) {
    const h = 1e-6 * Math.max(1, Math.abs(params[j]!));
    const up = [...params];
    const down = [...params];
    up[j]! += h;
    down[j]! -= h;
    const fu = f(up);
    const fd = f(down);
    for (let i = 0; i < xs.length; i++) rows[i]![j] = (fu(xs[i]!) - fd(xs[i]!)) / (2 * h);
  }
  return rows;
}

/** Solves A·x = b (A small, symmetric positive semi-definite) by Gaussian elimination; null if singular. */
export function solveLinear(a: number[][], b: number[]): number[] | null {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    if (!(Math.abs(m[p]![c]!) > 1e-300)) return null;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const q = m[r]![c]! / m[c]![c]!;
      for (let j = c; j <= n; j++) m[r]![j]! -= q * m[c]![j]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

function weightedSse(g: (s: number) => number, xs: number[], ys: number[], w: number[]) {
  let sse = 0;
  for (let i = 0; i < xs.length; i++) sse += w[i]! * (ys[i]! - g(xs[i]!)) ** 2;
  return Number.isFinite(sse) ? sse : Infinity;
}

export function levenbergMarquardt(
  f: (p: number[]) => (s: number) => number,
  xs: number[],
  ys: number[],
  w: number[],
  init: number[],
  min: number[],
  max: number[],
  maxIterations = 100,
): Solve {
  const k = init.length;
  const clamp = (p: number[]) => p.map((v, j) => Math.min(max[j]!, Math.max(min[j]!, v)));
  let params = clamp(init);
  let sse = weightedSse(f(params), xs, ys, w);
  let lambda = 1e-2;
  const normal = (p: number[]) => {
    const J = jacobianAt(f, p, xs);
    const g = f(p);
    const jtj = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    const jtr = new Array<number>(k).fill(0);
    for (let i = 0; i < xs.length; i++) {
      const r = ys[i]! - g(xs[i]!);
      const row = J[i]!;
      for (let a = 0; a < k; a++) {
        jtr[a]! += w[i]! * row[a]! * r;
        for (let b = a; b < k; b++) jtj[a]![b]! += w[i]! * row[a]! * row[b]!;
      }
    }
    for (let a = 0; a < k; a++) for (let b = 0; b < a; b++) jtj[a]![b] = jtj[b]![a]!;
    return { jtj, jtr };
  };
  let { jtj, jtr } = normal(params);
  for (let it = 0; it < maxIterations && Number.isFinite(sse); it++) {
    const damped = jtj.map((row, a) => row.map((v, b) => (a === b ? v + lambda * (v || 1e-12) + 1e-12 : v)));
    const step = solveLinear(damped, jtr);
    if (!step) {
      lambda *= 10;
      if (lambda > 1e12) break;
      continue;
    }
    const next = clamp(params.map((v, j) => v + step[j]!));
    const nextSse = weightedSse(f(next), xs, ys, w);
    if (nextSse < sse) {
      const gain = (sse - nextSse) / Math.max(sse, 1e-300);
      params = next;
      sse = nextSse;
      lambda = Math.max(lambda / 9, 1e-9);
      ({ jtj, jtr } = normal(params));
      if (gain < 1e-10) break;
    } else {
      lambda *= 11;
      if (lambda > 1e12) break;
    }
  }
  return { params, sse, jtwj: jtj };
}
