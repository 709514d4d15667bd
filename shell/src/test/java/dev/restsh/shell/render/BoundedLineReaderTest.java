package dev.restsh.shell.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.restsh.shell.http.Body;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {
    @Test
    void linesEndAtLineFeedCarriageReturnOrBoth() throws IOException {
        BoundedLineReader lines = new BoundedLineReader(new StringReader("a\nb\rc\r\n\r\nd"), 10);
        List<String> read = new ArrayList<>();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            read.add(line);
        }
        assertEquals(List.of("a", "b", "c", "", "d"), read);
    }

    @Test
    void aCarriageReturnLineFeedSplitAcrossReadsIsOneLineEnd() throws IOException {
        String text = "x".repeat(8191) + "\r\nnext\n";
        BoundedLineReader lines = new BoundedLineReader(new StringReader(text), 10_000);
        assertEquals(8191, lines.readLine().length());
        assertEquals("next", lines.readLine());
        assertNull(lines.readLine());
    }

    @Test
    void aLineOverTheLimitIsReadPastAndRefused() throws IOException {
        BoundedLineReader lines =
                new BoundedLineReader(new StringReader("short\n" + "y".repeat(50_000) + "\nafter"), 100);
        assertEquals("short", lines.readLine());
        assertThrows(BoundedLineReader.LineTooLongException.class, lines::readLine);
        assertEquals("after", lines.readLine());
        assertNull(lines.readLine());
    }

    @Test
    void anEndlessLastLineIsRefusedToo() {
        BoundedLineReader lines = new BoundedLineReader(new StringReader("z".repeat(50_000)), 100);
        assertThrows(BoundedLineReader.LineTooLongException.class, lines::readLine);
    }

    @Test
    void anEventOverTheLimitIsLeftOutOnceWithANoteAndTheStreamGoesOn() throws IOException {
        String huge = "q".repeat(StreamRenderer.EVENT_LIMIT + 10);
        String stream = "event: first\ndata: {\"n\":1}\n\n"
                + "event: huge\ndata: " + huge + "\n\n"
                + "event: many\n" + ("data: " + "w".repeat(1 << 20) + "\n").repeat(17) + "\n"
                + "event: last\ndata: {\"n\":3}\n\n";
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> arrived = new ArrayList<>();
        new StreamRenderer(new Ansi(false), StreamSpec.AUTO, new PrintWriter(err), true)
                .events((source, event, id, data) -> arrived.add(event), "http://localhost/events")
                .render(Body.of(stream.getBytes(StandardCharsets.UTF_8)), "text/event-stream", new PrintWriter(out));
        assertEquals(List.of("first", "last"), arrived);
        assertEquals(
                "restsh: left out an event larger than 16 MiB (the response's body keeps it: save FILE)\n",
                err.toString());
        assertEquals(false, out.toString().contains("qqqq") || out.toString().contains("wwww"));
    }
}
