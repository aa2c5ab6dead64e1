package io.sluice.benchmarks.peers;

import io.sluice.benchmarks.endtoend.Workload;

/**
 * The command line of one engine's child JVM: {@code --workload ID --cores N --warmups N --runs
 * N}. Immutable.
 */
public final class ChildArgs {
  public final Workload workload;
  public final int cores;
  public final int warmups;
  public final int runs;

  private ChildArgs(Workload workload, int cores, int warmups, int runs) {
    this.workload = workload;
    this.cores = cores;
    this.warmups = warmups;
    this.runs = runs;
  }

  public static ChildArgs parse(String[] args) {
    Workload workload = null;
    int cores = Runtime.getRuntime().availableProcessors();
    int warmups = 1;
    int runs = 1;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--workload":
          workload = Workload.byId(args[i + 1]);
          break;
        case "--cores":
          cores = Integer.parseInt(args[i + 1]);
          break;
        case "--warmups":
          warmups = Integer.parseInt(args[i + 1]);
          break;
        case "--runs":
          runs = Integer.parseInt(args[i + 1]);
          break;
        default:
          throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (workload == null || runs < 1) {
      throw new IllegalArgumentException(
          "usage: --workload seed-1|seed-all|20m-1|20m-all [--cores N] [--warmups N] [--runs N]");
    }
    return new ChildArgs(workload, cores, warmups, runs);
  }

  public String[] toArgs() {
    return new String[] {
      "--workload", workload.id,
      "--cores", Integer.toString(cores),
      "--warmups", Integer.toString(warmups),
      "--runs", Integer.toString(runs)
    };
  }
}
