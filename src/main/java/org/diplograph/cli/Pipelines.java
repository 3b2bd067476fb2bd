package org.diplograph.cli;

import org.diplograph.Pipeline;
import org.diplograph.link.EntityLinker;
import org.diplograph.link.Gazetteer;
import org.diplograph.link.GazetteerLexicon;

/** The pipeline the verbs use: the bundled gazetteer for both typing phrases and linking entities. */
final class Pipelines {
    private Pipelines() {}

    static Pipeline standard() {
        Gazetteer g = Gazetteer.bundled();
        EntityLinker linker = new EntityLinker(g);
        return new Pipeline(new GazetteerLexicon(g), linker::link);
    }
}
