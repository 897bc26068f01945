import type { GroupableArticle } from "../definitions.ts";
import type { Cluster } from "./cluster.ts";
import type { GroupIndex } from "./match-incident.ts";

/** Finds the clusters an article could join by the services and countries they share. */
export class ClusterIndex {
  private readonly byKey = new Map<string, Set<Cluster>>();

  constructor(private readonly groups: GroupIndex) {}

  /** (Re-)indexes a cluster under everything it names; call after adding members. */
  add(cluster: Cluster): void {
    for (const id of cluster.services.keys()) {
      this.put(`s:${id}`, cluster);
      const group = this.groups.get(id);
      if (group) this.put(`g:${group}`, cluster);
    }
    for (const code of cluster.countries.keys()) this.put(`c:${code}`, cluster);
  }

  /** Clusters sharing a service (or its group) or a country with the article. */
  candidates(article: GroupableArticle): Set<Cluster> {
    const keys = article.services.flatMap((id) => {
      const group = this.groups.get(id);
      return [`s:${id}`, `g:${id}`, ...(group ? [`s:${group}`] : [])];
    });
    keys.push(...article.countries.map((code) => `c:${code}`));
    return new Set(keys.flatMap((key) => [...(this.byKey.get(key) ?? [])]));
  }

  private put(key: string, cluster: Cluster): void {
    const set = this.byKey.get(key) ?? new Set();
    set.add(cluster);
    this.byKey.set(key, set);
  }
}
