package org.diplograph.extract;

/** The diplomatic contact types of the specification, with their CAMEO codes. */
public enum EventType {
    MEETING("Meeting", "040"),
    VISIT("Visit", "042"),
    PHONE_CALL("PhoneCall", "041");

    private final String label;
    private final String cameo;

    EventType(String label, String cameo) {
        this.label = label;
        this.cameo = cameo;
    }

    /** The ontology class local name and event-table type ("Meeting"). */
    public String label() { return label; }

    /** The CAMEO code this type is coded as. */
    public String cameo() { return cameo; }
}
