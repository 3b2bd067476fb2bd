package org.diplograph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** Short generated articles in the reference format, each with a contact or two between known leaders. Same index, same text. */
final class ShortArticles {
    private static final List<String> LEADERS = List.of("Vladimir Putin", "Xi Jinping", "Emmanuel Macron", "Olaf Scholz",
            "Narendra Modi", "Recep Tayyip Erdogan", "Kim Jong Un", "Joe Biden", "Fumio Kishida", "Alexander Lukashenko");
    private static final List<String> CITIES = List.of("Moscow", "Beijing", "Paris", "Berlin", "New Delhi", "Ankara",
            "Pyongyang", "Washington", "Tokyo", "Minsk");
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday");
    private static final List<String> AGENCIES = List.of("Reuters", "TASS", "Xinhua", "the Associated Press");

    private ShortArticles() {}

    /** Writes articles {@code from} to {@code to - 1} as {@code gen-NNNN.txt} into {@code dir}. */
    static Path write(Path dir, int from, int to) throws IOException {
        Files.createDirectories(dir);
        for (int i = from; i < to; i++) Files.writeString(dir.resolve(String.format("gen-%04d.txt", i)), text(i));
        return dir;
    }

    static String text(int i) {
        Random r = new Random(i);
        String a = pick(r, LEADERS), b = pick(r, LEADERS.stream().filter(x -> !x.equals(a)).toList());
        String city = pick(r, CITIES), day = pick(r, DAYS), agency = pick(r, AGENCIES);
        LocalDate date = LocalDate.of(2023, 1, 1).plusDays(r.nextInt(600));
        String body = switch (r.nextInt(3)) {
            case 0 -> a + " met " + b + " in " + city + " on " + day + ", " + agency + " reported. The two leaders discussed trade and security.";
            case 1 -> a + " and " + b + " spoke by phone on " + day + ", according to " + agency + ". They agreed to meet again.";
            default -> a + " arrived in " + city + " on " + day + " for talks with " + b + ". " + agency + " said the visit would last two days.";
        };
        return " date " + date + " " + a + " and " + b + "\n\n" + body + "\n";
    }

    private static String pick(Random r, List<String> list) {
        return list.get(r.nextInt(list.size()));
    }
}
