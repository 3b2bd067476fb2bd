package org.diplograph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every verb shares. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data",
            description = "Store directory (default: ${DEFAULT-VALUE} under the working directory).")
    Path store;

    @Option(names = "--verbose", description = "Print stack traces of failures.")
    boolean verbose;
}
