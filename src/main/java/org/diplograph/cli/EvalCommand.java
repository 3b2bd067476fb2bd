package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.diplograph.Pipeline;
import org.diplograph.eval.EventTables;
import org.diplograph.eval.GoldEvent;
import org.diplograph.eval.Scorer;
import org.diplograph.export.EventRow;
import org.diplograph.export.EventTable;
import org.diplograph.export.Exporter;
import org.diplograph.source.Article;
import org.diplograph.source.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplograph eval --gold DIR ARTICLES...}: extraction scored against gold event tables. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores extraction against gold event tables.",
                "Extracts events from ARTICLES (in memory, the store is not touched) and scores them against",
                "gold event tables (*.jsonl in the events-jsonl shape): precision, recall and F1 over events, then",
                "date, location and reportedBy accuracy over matched events, and the misses and extras."})
final class EvalCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder (or file) of gold *.jsonl event tables.")
    Path gold;

    @Parameters(paramLabel = "ARTICLES", arity = "1..*", description = "Article files or folders.")
    List<String> articles;

    @Option(names = "--quiet", description = "Only the score lines, no list of misses and extras.")
    boolean quiet;

    @Option(names = "--verbose", description = "Print stack traces of failures.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        List<GoldEvent> goldEvents = EventTables.read(gold);
        List<Article> list = new ArrayList<>();
        Sources.create().read(articles, list::add).forEach(p -> spec.commandLine().getErr().println(p));
        Pipeline pipeline = Pipelines.standard();
        Model union = ModelFactory.createDefaultModel();
        long tNlp = System.nanoTime();
        for (Article a : list) union.add(pipeline.process(a).graph());
        double extractSeconds = (System.nanoTime() - tNlp) / 1e9;
        List<GoldEvent> predicted = new ArrayList<>();
        for (EventRow r : EventTable.rows(union)) predicted.addAll(EventTables.parse(Exporter.json(r)));
        var ids = list.stream().map(Article::id).toList();
        goldEvents.removeIf(g -> !ids.contains(g.article()));
        Scorer.Report r = Scorer.score(goldEvents, predicted);
        out.printf("articles %d   gold events %d   predicted %d   matched %d%n", list.size(), r.gold(), r.predicted(), r.matched());
        out.printf("event precision %.3f   recall %.3f   F1 %.3f%n", r.precision(), r.recall(), r.f1());
        out.printf("on matched events: date accuracy %.3f   location accuracy %.3f   reportedBy accuracy %.3f%n",
                r.dateAccuracy(), r.locationAccuracy(), r.reportedByAccuracy());
        out.printf("linking on matched participants: precision %.3f (%d/%d)   recall %.3f (%d/%d)%n",
                r.linkPrecision(), r.linkTrue(), r.linkPredicted(), r.linkRecall(), r.linkTrue(), r.linkGold());
        if (!quiet) {
            for (GoldEvent g : r.misses()) out.println("MISS  " + describe(g));
            for (GoldEvent p : r.extras()) out.println("EXTRA " + describe(p));
            for (String w : r.mismatches()) out.println(w);
            for (String w : r.linkMisses()) out.println("LINK  " + w);
        }
        out.printf("time %.1f s (extraction %.1f s, %.2f articles/s)%n", (System.nanoTime() - t0) / 1e9, extractSeconds,
                list.size() / Math.max(extractSeconds, 1e-9));
        out.flush();
        return 0;
    }

    private static String describe(GoldEvent e) {
        return e.article() + " " + e.type() + " " + e.participants().stream().map(GoldEvent.Name::label).toList()
                + " @" + (e.location() == null ? null : e.location().label()) + " " + e.date() + " by " + e.reportedBy();
    }
}
