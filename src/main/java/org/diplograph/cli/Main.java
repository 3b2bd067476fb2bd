package org.diplograph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code diplograph} command: verb first, one class per verb.
 *
 * <pre>{@code
 * java -jar target/diplograph.jar ingest examples/
 * java -jar target/diplograph.jar serve
 * java -jar target/diplograph.jar query meetings-of-person --param person=Q56226
 * }</pre>
 */
@Command(name = "diplograph", mixinStandardHelpOptions = true, version = "diplograph 0.1.0",
        description = "Turns news articles about diplomacy into a knowledge graph of meetings, visits and phone calls.",
        subcommands = {IngestCommand.class, ServeCommand.class, QueryCommand.class, ExportCommand.class, EvalCommand.class,
                LinkCommand.class, StatsCommand.class, ValidateCommand.class, CompactCommand.class, org.diplograph.bench.BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit status: everything was done. */
    public static final int OK = 0;
    /** Exit status: the command could not do its work (store locked, server unreachable, bad config). */
    public static final int FAILED = 1;
    /** Exit status: the command line itself is wrong (picocli's usage error). */
    public static final int USAGE = CommandLine.ExitCode.USAGE;
    /** Exit status: the data had problems: some inputs were refused (the rest went in), or the store breaks the shapes. */
    public static final int DATA_PROBLEMS = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run verbs in-process. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new FailureHandler());
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
