package org.diplograph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnwrapTest {
    @Test
    void hard_wrapped_lines_are_joined_and_offsets_kept() {
        String text = "Kim met Putin in\nVladivostok on Saturday and\nthe two leaders talked.\nRelated: Putin hosts Xi\n\nNext paragraph.";
        String out = Annotator.unwrap(text);
        assertEquals(text.length(), out.length());
        assertEquals("Kim met Putin in\nVladivostok on Saturday and the two leaders talked.\nRelated: Putin hosts Xi\n\nNext paragraph.", out);
    }
}
