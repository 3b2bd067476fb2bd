package org.diplograph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The Diplograph ontology ({@code ontology/diplomacy.ttl}) as Jena constants. Constant names are the
 * ontology's own local names; {@code VocabularySyncTest} keeps both sides in step.
 */
public final class Dip {
    public static final String NS = "https://w3id.org/diplograph/ontology#";

    // Classes
    public static final Resource DiplomaticEvent = resource("DiplomaticEvent");
    public static final Resource Meeting = resource("Meeting");
    public static final Resource Visit = resource("Visit");
    public static final Resource PhoneCall = resource("PhoneCall");
    public static final Resource UnrealisedContact = resource("UnrealisedContact");
    public static final Resource Agent = resource("Agent");
    public static final Resource Person = resource("Person");
    public static final Resource Country = resource("Country");
    public static final Resource Place = resource("Place");
    public static final Resource Organization = resource("Organization");
    public static final Resource NewsOutlet = resource("NewsOutlet");
    public static final Resource Article = resource("Article");
    public static final Resource Report = resource("Report");

    // Event properties
    public static final Property participant = property("participant");
    public static final Property visitor = property("visitor");
    public static final Property host = property("host");
    public static final Property location = property("location");
    public static final Property date = property("date");
    public static final Property dateText = property("dateText");
    public static final Property reportedBy = property("reportedBy");
    public static final Property cameoCode = property("cameoCode");
    public static final Property contactType = property("contactType");
    public static final Property factuality = property("factuality");

    // Report properties
    public static final Property reports = property("reports");
    public static final Property inArticle = property("inArticle");
    public static final Property evidence = property("evidence");
    public static final Property sentenceIndex = property("sentenceIndex");
    public static final Property beginOffset = property("beginOffset");
    public static final Property endOffset = property("endOffset");
    public static final Property attributedTo = property("attributedTo");

    // Article properties
    public static final Property articleId = property("articleId");
    public static final Property title = property("title");
    public static final Property publicationDate = property("publicationDate");
    public static final Property publisher = property("publisher");
    public static final Property url = property("url");

    // Entity properties
    public static final Property role = property("role");
    public static final Property affiliation = property("affiliation");
    public static final Property inCountry = property("inCountry");

    // Store summary properties (kept by the store in its summary graph)
    public static final Property instanceCount = property("instanceCount");
    public static final Property linkedCount = property("linkedCount");
    public static final Property unlinkedEntity = property("unlinkedEntity");
    public static final Property member = property("member");
    public static final Property party = property("party");
    public static final Property sharedEvents = property("sharedEvents");
    public static final Property firstDate = property("firstDate");
    public static final Property lastDate = property("lastDate");
    public static final Property displayLabel = property("displayLabel");
    public static final Property labelOf = property("labelOf");
    public static final Property summaryFormat = property("summaryFormat");
    public static final Property rowOf = property("rowOf");
    public static final Property rowDateText = property("rowDateText");
    public static final Property rowParticipants = property("rowParticipants");
    public static final Property rowParticipantIds = property("rowParticipantIds");
    public static final Property rowHosts = property("rowHosts");
    public static final Property rowLocation = property("rowLocation");
    public static final Property rowLocationId = property("rowLocationId");
    public static final Property rowReportedBy = property("rowReportedBy");
    public static final Property rowArticles = property("rowArticles");
    public static final Property rowEvidence = property("rowEvidence");
    public static final Property rowReadsEverywhere = property("rowReadsEverywhere");
    public static final Property rowSeq = property("rowSeq");
    public static final Property rowDate = property("rowDate");
    public static final Property listOf = property("listOf");
    public static final Property listKind = property("listKind");
    public static final Property entry = property("entry");
    public static final Property nextSeq = property("nextSeq");

    private Dip() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }
}
