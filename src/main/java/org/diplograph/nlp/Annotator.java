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
import org.diplograph.source.Article;
import org.diplograph.source.Dateline;

/**
 * The CoreNLP stage: reads an {@link Article}, adds tokens, POS, lemmas, coarse NER, SUTime expressions
 * resolved against the article's own date, and enhanced++ dependencies, and copies them into
 * {@link AnnotatedArticle}.
 *
 * <p>Fine-grained NER is off: it costs most of CoreNLP's time and the project gazetteer supplies the
 * country, city, nationality and title types instead. Models load once, on first use.
 *
 * <pre>{@code
 * Annotator nlp = Annotator.shared();
 * AnnotatedArticle a = nlp.annotate(article);
 * }</pre>
 */
public final class Annotator {
    private static volatile Annotator shared;

    private final StanfordCoreNLP pipeline;
    private final long loadMillis;

    private Annotator() {
        long t0 = System.nanoTime();
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        // Every line break ends a sentence: scraped pages put headlines, bylines and captions on lines of their own.
        // Hard-wrapped paragraphs are rejoined first (see unwrap), so this does not cut sentences.
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("tokenize.options", "untokenizable=noneDelete,normalizeParentheses=false,normalizeOtherBrackets=false");
        try {
            pipeline = new StanfordCoreNLP(props);
        } catch (RuntimeException e) {
            throw new NlpException("Cannot load the CoreNLP models (is stanford-corenlp:models on the class path?): "
                    + e.getMessage(), e);
        }
        loadMillis = (System.nanoTime() - t0) / 1_000_000;
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

    /** How long loading the models took. */
    public long loadMillis() { return loadMillis; }

    public AnnotatedArticle annotate(Article article) {
        // The dateline ("SEOUL (Reuters) -") derails the parse of the lead sentence; blank it, keeping offsets.
        Annotation doc = new Annotation(unwrap(Dateline.mask(article.text())));
        doc.set(CoreAnnotations.DocDateAnnotation.class, article.date().toString());
        pipeline.annotate(doc);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(convert(sentences.size(), s, article.text()));
        }
        return new AnnotatedArticle(article, sentences);
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
