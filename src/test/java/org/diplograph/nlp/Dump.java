package org.diplograph.nlp;

import java.util.ArrayList;
import java.util.List;
import org.diplograph.source.Article;
import org.diplograph.source.Sources;

/** Developer tool: prints the annotation of articles (tokens, dependencies, times). Not a test. */
public final class Dump {
    public static void main(String[] args) {
        List<Article> articles = new ArrayList<>();
        Sources.create().read(List.of(args), articles::add).forEach(System.err::println);
        for (Article a : articles) {
            AnnotatedArticle aa = Annotator.shared().annotate(a);
            System.out.println("# " + a.id() + " " + a.date());
            for (Sentence s : aa.sentences()) {
                System.out.println("S" + s.index() + ": " + s.text());
                StringBuilder sb = new StringBuilder();
                for (Token t : s.tokens()) sb.append(t.index()).append(':').append(t.word()).append('/').append(t.pos())
                        .append(t.ner().equals("O") ? "" : "/" + t.ner()).append(' ');
                System.out.println("  " + sb);
                for (Dependency d : s.deps()) {
                    String g = d.gov() < 0 ? "ROOT" : s.token(d.gov()).word() + "-" + d.gov();
                    System.out.print("  " + d.rel() + "(" + g + "," + s.token(d.dep()).word() + "-" + d.dep() + ")");
                }
                System.out.println();
                for (TimeMention t : s.times()) System.out.println("  TIME " + t);
            }
        }
    }
}
