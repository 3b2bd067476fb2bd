package org.diplograph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One in-process run of the {@code diplograph} command line, with what it printed and its exit code.
 *
 * @param exit the exit code
 * @param out  what it wrote to standard output
 * @param err  what it wrote to standard error
 */
public record CliRun(int exit, String out, String err) {
    /** Runs the CLI with these arguments, capturing its output. */
    public static CliRun of(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
