/**
 * A two-way table as a graph, the classic way to reason about hidden cells: each row and column
 * is a vertex (one more of each for the margins), each hidden figure an edge between its row and
 * its column. A row's sum is known, so a hidden figure can be worked out exactly when its edge is
 * a bridge (no cycle through it); on a cycle, +1 and -1 around it change no sum, so no total
 * tells its value.
 */

export interface GraphEdge {
  from: number;
  to: number;
  cost: number;
}

/** Indexes of the edges that lie on no cycle (Tarjan's bridge-finding). */
export function findBridges(vertexCount: number, edges: readonly GraphEdge[]): number[] {
  const adjacency: { vertex: number; edge: number }[][] = Array.from({ length: vertexCount }, () => []);
  edges.forEach(({ from, to }, edge) => {
    adjacency[from]!.push({ vertex: to, edge });
    adjacency[to]!.push({ vertex: from, edge });
  });
  const order = new Array<number>(vertexCount).fill(-1);
  const low = new Array<number>(vertexCount).fill(0);
  const bridges: number[] = [];
  let counter = 0;
  const visit = (vertex: number, viaEdge: number) => {
    order[vertex] = low[vertex] = counter++;
    for (const { vertex: next, edge } of adjacency[vertex]!) {
      if (edge === viaEdge) continue;
      if (order[next] === -1) {
        visit(next, edge);
        low[vertex] = Math.min(low[vertex]!, low[next]!);
        if (low[next]! > order[vertex]!) bridges.push(edge);
      } else {
        low[vertex] = Math.min(low[vertex]!, order[next]!);
      }
    }
  };
  // Recursion depth is bounded by the number of rows and columns, a few hundred at most.
  for (let vertex = 0; vertex < vertexCount; vertex += 1) if (order[vertex] === -1) visit(vertex, -1);
  return bridges.sort((a, b) => a - b);
}

/**
 * The cheapest path from `start` to `goal` (Dijkstra; ties to the lower index, so the same table
 * always gives the same path), as edge indexes; null when there is none.
 */
export function cheapestPath(vertexCount: number, edges: readonly GraphEdge[], start: number, goal: number): number[] | null {
  const distance = new Array<number>(vertexCount).fill(Infinity);
  const arrivedBy = new Array<number>(vertexCount).fill(-1);
  const done = new Array<boolean>(vertexCount).fill(false);
  const adjacency: { vertex: number; edge: number }[][] = Array.from({ length: vertexCount }, () => []);
  edges.forEach(({ from, to }, edge) => {
    adjacency[from]!.push({ vertex: to, edge });
    adjacency[to]!.push({ vertex: from, edge });
  });
  distance[start] = 0;
  for (;;) {
    let current = -1;
    for (let vertex = 0; vertex < vertexCount; vertex += 1) {
      if (!done[vertex] && distance[vertex]! < Infinity && (current === -1 || distance[vertex]! < distance[current]!)) current = vertex;
    }
    if (current === -1) return null;
    if (current === goal) break;
    done[current] = true;
    for (const { vertex, edge } of adjacency[current]!) {
      const through = distance[current]! + edges[edge]!.cost;
      if (through < distance[vertex]!) {
        distance[vertex] = through;
        arrivedBy[vertex] = edge;
      }
    }
  }
  const path: number[] = [];
  for (let vertex = goal; vertex !== start; ) {
    const edge = edges[arrivedBy[vertex]!]!;
    path.push(arrivedBy[vertex]!);
    vertex = edge.from === vertex ? edge.to : edge.from;
  }
  return path.reverse();
}

/** Whether `a` and `b` are joined through the given edges. */
export function connected(vertexCount: number, edges: readonly GraphEdge[], a: number, b: number): boolean {
  const parent = Array.from({ length: vertexCount }, (_, vertex) => vertex);
  const root = (vertex: number): number => {
    while (parent[vertex] !== vertex) vertex = parent[vertex] = parent[parent[vertex]!]!;
    return vertex;
  };
  for (const { from, to } of edges) parent[root(from)] = root(to);
  return root(a) === root(b);
}
