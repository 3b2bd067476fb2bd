package org.diplograph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;
import org.diplograph.source.Article;
import org.diplograph.source.Dateline;

/**
 * The CoreNLP stage: reads an {@link Article}, adds tokens, POS, lemmas, coarse NER, SUTime expressions
 * resolved against the article's own date, and enhanced++ dependencies, and copies them into
 * {@link AnnotatedArticle}.
 *
 * <p>Fine-grained NER is off: it costs most of CoreNLP's time and the project gazetteer supplies the
 * country, city, nationality and title types instead. Coarse NER uses one CRF model (person, organisation,
 * location); SUTime and CoreNLP's number rules give the time types. Models load once, on first use.
 *
 * <p>Annotation runs in two passes: tokens, sentences, POS and lemmas over the whole text, then NER (with
 * SUTime) and dependencies only over the sentences a {@link Focus} picks. Sentences left out keep their
 * tokens and lemmas, with NER "O", no dependencies and no time expressions.
 *
 * <pre>{@code
 * Annotator nlp = Annotator.shared();
 * AnnotatedArticle all = nlp.annotate(article);
 * AnnotatedArticle some = nlp.annotate(article, Annotator.Focus.around(mySentencePredicate, 1, 1));
 * }</pre>
 */
public final class Annotator {
    private static volatile Annotator shared;

    private final StanfordCoreNLP light;
    private final StanfordCoreNLP ner;
    private final StanfordCoreNLP parse;
    private final long loadMillis;

    /**
     * Which sentences of an article get the costly annotators. It sees each sentence after the light pass,
     * so its tokens carry words, POS tags and lemmas, but NER is still "O" and there are no dependencies.
     */
    @FunctionalInterface
    public interface Focus {
        /** Every sentence: the full pipeline. */
        Focus ALL = sentences -> {
            boolean[] all = new boolean[sentences.size()];
            java.util.Arrays.fill(all, true);
            return all;
        };

        /** One flag per sentence: true where NER and dependencies must run. */
        boolean[] select(List<Sentence> sentences);

        /**
         * The sentences {@code trigger} accepts, the {@code before} sentences ahead of each and the {@code after}
         * sentences behind it (names, dates and sources an event sentence leans on), and the lead sentence.
         */
        static Focus around(Predicate<Sentence> trigger, int before, int after) {
            return sentences -> {
                int n = sentences.size();
                boolean[] keep = new boolean[n];
                if (n > 0) keep[0] = true;
                for (int i = 0; i < n; i++) {
                    if (!trigger.test(sentences.get(i))) continue;
                    for (int j = Math.max(0, i - before); j <= Math.min(n - 1, i + after); j++) keep[j] = true;
                }
                return keep;
            };
        }
    }

    private Annotator() {
        this(1);
    }

    private Annotator(int coreNlpThreads) {
        long t0 = System.nanoTime();
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        // Every line break ends a sentence: scraped pages put headlines, bylines and captions on lines of their own.
        // Hard-wrapped paragraphs are rejoined first (see unwrap), so this does not cut sentences.
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        // One CRF model instead of CoreNLP's three: the other two add MISC and number types the gazetteer and
        // SUTime already give. Same events, dates and sources on all eight article sets; annotation about 8% faster.
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        if (coreNlpThreads > 1) props.setProperty("nthreads", Integer.toString(coreNlpThreads));
        props.setProperty("tokenize.options", "untokenizable=noneDelete,normalizeParentheses=false,normalizeOtherBrackets=false");
        Properties rest = new Properties();
        rest.putAll(props);
        // The light pass has run; CoreNLP would otherwise insist on seeing tokenize etc. in these pipelines.
        rest.setProperty("enforceRequirements", "false");
        // NER (its CRF model and SUTime's rules) and the parser each take seconds to load: NER loads on a
        // thread of its own while this one loads the light pipeline and the parser, which halves the wait on two cores.
        CompletableFuture<StanfordCoreNLP> nerLoad = CompletableFuture.supplyAsync(() -> pipeline(rest, "ner"));
        try {
            light = new StanfordCoreNLP(props);
            parse = pipeline(rest, "depparse");
            ner = nerLoad.join();
        } catch (RuntimeException e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            throw new NlpException("Cannot load the CoreNLP models (is stanford-corenlp:models on the class path?): "
                    + cause.getMessage(), cause);
        }
        loadMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    private static StanfordCoreNLP pipeline(Properties base, String annotators) {
        Properties p = new Properties();
        p.putAll(base);
        p.setProperty("annotators", annotators);
        return new StanfordCoreNLP(p);
    }

    /** The process-wide annotator; the first call loads the models (several seconds). */
    public static Annotator shared() {
        Annotator a = shared;
        if (a == null) {
            synchronized (Annotator.class) {
                if (shared == null) shared = new Annotator();
                a = shared;
            }
        }
        return a;
    }

    /**
     * A separate annotator with its own models (for one pipeline per worker thread), whose annotators may use
     * {@code coreNlpThreads} threads of their own within one article.
     */
    public static Annotator create(int coreNlpThreads) {
        // CoreNLP keeps loaded annotators in a process-wide pool keyed by their settings; without clearing it the
        // new pipeline would share the existing models instead of having its own.
        StanfordCoreNLP.clearAnnotatorPool();
        return new Annotator(coreNlpThreads);
    }

    /** How long loading the models took. */
    public long loadMillis() { return loadMillis; }

    /** The full pipeline over every sentence. */
    public AnnotatedArticle annotate(Article article) {
        return annotate(article, Focus.ALL);
    }

    /** Tokens and lemmas everywhere; NER, SUTime and dependencies on the sentences {@code focus} picks. */
    public AnnotatedArticle annotate(Article article, Focus focus) {
        // The dateline ("SEOUL (Reuters) -") derails the parse of the lead sentence; blank it, keeping offsets.
        String text = unwrap(Dateline.mask(article.text()));
        Annotation doc = new Annotation(text);
        doc.set(CoreAnnotations.DocDateAnnotation.class, article.date().toString());
        light.annotate(doc);
        List<CoreMap> all = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<Sentence> sketches = new ArrayList<>(all.size());
        for (CoreMap s : all) sketches.add(convert(sketches.size(), s, article.text()));
        boolean[] keep = focus.select(sketches);
        List<CoreMap> chosen = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) if (keep[i]) chosen.add(all.get(i));
        if (chosen.size() == all.size()) {
            heavy(doc);
        } else if (!chosen.isEmpty()) {
            // The chosen sentences are the same objects as in doc, so what the heavy pass adds lands there.
            Annotation sub = new Annotation(text);
            sub.set(CoreAnnotations.DocDateAnnotation.class, article.date().toString());
            sub.set(CoreAnnotations.SentencesAnnotation.class, chosen);
            List<CoreLabel> tokens = new ArrayList<>();
            for (CoreMap s : chosen) tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
            sub.set(CoreAnnotations.TokensAnnotation.class, tokens);
            heavy(sub);
        }
        List<Sentence> sentences = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) sentences.add(keep[i] ? convert(i, all.get(i), article.text()) : sketches.get(i));
        return new AnnotatedArticle(article, sentences);
    }

    private void heavy(Annotation doc) {
        ner.annotate(doc);
        parse.annotate(doc);
    }

    /**
     * Joins hard-wrapped lines: a single line break between a word and a lower-case continuation becomes a space.
     * The text keeps its length, so offsets still point into the article.
     */
    static String unwrap(String text) {
        char[] c = text.toCharArray();
        for (int i = 1; i + 1 < c.length; i++) {
            if (c[i] != '\n' || c[i - 1] == '\n' || c[i + 1] == '\n') continue;
            char before = c[i - 1];
            boolean open = !(before == '.' || before == '!' || before == '?' || before == ':' || before == '"' || before == '\u201d');
            if (open && Character.isLowerCase(c[i + 1])) c[i] = ' ';
        }
        return new String(c);
    }

    private static Sentence convert(int index, CoreMap s, String text) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            tokens.add(new Token(i, l.word(), l.lemma(), l.tag(), l.ner() == null ? "O" : l.ner(),
                    l.beginPosition(), l.endPosition()));
        }
        List<Dependency> deps = new ArrayList<>();
        SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (graph != null) {
            for (var root : graph.getRoots()) deps.add(new Dependency("root", -1, root.index() - 1));
            for (SemanticGraphEdge e : graph.edgeIterable()) {
                // Copy nodes (from ellipsis) share their source index; keep the edge on the original token.
                deps.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1, e.getDependent().index() - 1));
            }
        }
        List<TimeMention> times = new ArrayList<>();
        int i = 0;
        while (i < labels.size()) {
            Timex timex = labels.get(i).get(TimeAnnotations.TimexAnnotation.class);
            String ner = labels.get(i).ner();
            if (timex == null || ner == null || !(ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION") || ner.equals("SET"))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < labels.size() && timex.equals(labels.get(j).get(TimeAnnotations.TimexAnnotation.class))) j++;
            int b = labels.get(i).beginPosition(), e = labels.get(j - 1).endPosition();
            times.add(new TimeMention(i, j, text.substring(b, e), timex.timexType(), timex.value()));
            i = j;
        }
        int begin = labels.get(0).beginPosition();
        int end = labels.get(labels.size() - 1).endPosition();
        return new Sentence(index, begin, end, text.substring(begin, end), tokens, deps, times);
    }
}
