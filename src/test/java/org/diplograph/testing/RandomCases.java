package org.diplograph.testing;

import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Property checks without a library: runs a check on many inputs drawn from a seeded {@link Random}, so a failure
 * names the seed and the try that found it and reruns the same way. The seed is fixed unless
 * {@code -Dcases.seed=N} asks for another.
 */
public final class RandomCases {
    private RandomCases() {}

    /** Runs {@code check} {@code tries} times, each with its own generator derived from the seed. */
    public static void forAll(int tries, Consumer<Random> check) {
        long seed = Long.getLong("cases.seed", 20261127L);
        for (int i = 0; i < tries; i++) {
            Random random = new Random(seed * 31 + i);
            try {
                check.accept(random);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("failed on try " + i + " of seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }

    public static <T> T oneOf(Random r, List<T> options) {
        return options.get(r.nextInt(options.size()));
    }

    /** Any string of up to {@code max} chars, drawn from all of Unicode's BMP, controls and surrogates included. */
    public static String anyString(Random r, int max) {
        int n = r.nextInt(max + 1);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            int kind = r.nextInt(4);
            b.append((char) (kind == 0 ? r.nextInt(0x80) : kind == 1 ? r.nextInt(0x20) : r.nextInt(0x10000)));
        }
        return b.toString();
    }

    /** A string of up to {@code max} chars from the given alphabet. */
    public static String stringOf(Random r, String alphabet, int max) {
        int n = r.nextInt(max + 1);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        return b.toString();
    }

    public static byte[] anyBytes(Random r, int max) {
        byte[] bytes = new byte[r.nextInt(max + 1)];
        r.nextBytes(bytes);
        return bytes;
    }
}
