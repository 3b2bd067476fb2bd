package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplograph.store.ShapeCheck;
import org.diplograph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplograph validate}: the store checked against the SHACL shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks the store against the SHACL shapes (ontology/shapes.ttl).",
                "Prints one line per violation: focus node, path, message and the article graphs that describe it.",
                "Exit status 0 when the store conforms, 3 when it does not."})
final class ValidateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions options;

    @Option(names = "--shapes", paramLabel = "FILE", description = "Shapes file (default: the packaged ontology/shapes.ttl).")
    Path shapes;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ShapeCheck check = shapes == null ? ShapeCheck.bundled() : ShapeCheck.fromFile(shapes);
        try (Store store = options.openAlone("validate reads the store directly, so stop the server first")) {
            List<ShapeCheck.Violation> violations = check.check(store);
            violations.forEach(v -> out.println(v.line()));
            long graphs = violations.stream().flatMap(v -> v.graphs().stream()).distinct().count();
            out.println(violations.isEmpty() ? "The store conforms to the shapes."
                    : violations.size() + (violations.size() == 1 ? " violation" : " violations") + " in " + graphs
                    + (graphs == 1 ? " graph." : " graphs."));
            out.flush();
            return violations.isEmpty() ? Main.OK : Main.DATA_PROBLEMS;
        }
    }
}
