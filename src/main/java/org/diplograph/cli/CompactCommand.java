package org.diplograph.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.diplograph.store.Compaction;
import org.diplograph.store.StoreException;
import org.diplograph.store.StoreLockedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplograph compact}: gives back the disk space that earlier write transactions left behind in the store. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Gives back the disk space earlier writes left in the store's TDB2 database.",
                "Copies what is live into a new data folder and deletes the old one, with the blocks",
                "every earlier write transaction left behind. Run it after large ingests; stop the server first."})
final class CompactCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions options;

    @Override
    public Integer call() {
        Compaction.Result r;
        try {
            r = Compaction.compact(options.store);
        } catch (StoreLockedException e) {
            throw new StoreException("Store " + options.store + " is locked by a running server; stop it, then compact", e);
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "Compacted %s: %s -> %s in %.1f s%n", options.store,
                mib(r.bytesBefore()), mib(r.bytesAfter()), r.seconds());
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%,.1f MiB", bytes / 1048576.0);
    }
}
