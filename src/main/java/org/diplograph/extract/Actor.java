package org.diplograph.extract;

import java.util.Objects;

/**
 * A named thing as the article resolves it: the fullest form of the name seen in the article, its type,
 * and what the article says about it.
 *
 * @param name        the fullest name in the article ("Sergei Shoigu", "Vladivostok", "Korean Central News Agency")
 * @param type        what kind of thing it is
 * @param role        a title or office ("Defence Minister"), or null
 * @param affiliation the country name the article ties it to ("Russia"), or null
 */
public record Actor(String name, EntityType type, String role, String affiliation) {
    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (name.isBlank()) throw new IllegalArgumentException("blank actor name");
    }

    public static Actor of(String name, EntityType type) {
        return new Actor(name, type, null, null);
    }
}
