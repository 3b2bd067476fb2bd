package org.diplograph.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Turns a failure into one plain line on stderr and exit code 1; the stack trace only with --verbose. */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        err.println("diplograph: " + msg.lines().findFirst().orElse(msg));
        if (parsed.hasMatchedOption("--verbose")) ex.printStackTrace(err);
        err.flush();
        return Main.FAILED;
    }
}
