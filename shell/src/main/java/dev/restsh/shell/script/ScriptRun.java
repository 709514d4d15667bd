package dev.restsh.shell.script;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** One run of a script: its lines, where it is, how it is going, and what the debugger asked for. */
public final class ScriptRun {
    /** What the user chose in a paused script. */
    public enum Resume {
        CONTINUE,
        STEP
    }

    private final Path file;
    private final List<ScriptLine> lines;
    private final List<ScriptEvent> events = new ArrayList<>();
    private final List<ScriptStep> steps = new ArrayList<>();
    private final long started = System.nanoTime();
    private int index = -1;
    // Counted from the thread that sent the request (the API description is fetched on another).
    private final AtomicInteger requests = new AtomicInteger();
    private boolean stepping;
    private boolean paused;
    private Resume resume;
    private boolean aborted;
    private boolean updateSnapshots;
    private final List<ResponseCondition> breakpoints = new ArrayList<>();

    public ScriptRun(Path file, List<ScriptLine> lines) {
        this.file = file;
        this.lines = List.copyOf(lines);
    }

    public Path file() {
        return file;
    }

    public String name() {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    public List<ScriptLine> lines() {
        return lines;
    }

    void at(int lineIndex) {
        index = lineIndex;
    }

    public int index() {
        return index;
    }

    public ScriptLine line() {
        return index >= 0 && index < lines.size() ? lines.get(index) : null;
    }

    public String position() {
        ScriptLine line = line();
        return name() + ":" + (line == null ? "end" : line.number());
    }

    void record(ScriptEvent event) {
        events.add(event);
    }

    public List<ScriptEvent> events() {
        return List.copyOf(events);
    }

    void step(ScriptStep step) {
        steps.add(step);
    }

    /** The lines that ran, in order, with their statuses and responses (for the reports). */
    public List<ScriptStep> steps() {
        return List.copyOf(steps);
    }

    public long count(ScriptEvent.Kind kind) {
        return events.stream().filter(event -> event.kind() == kind).count();
    }

    void requestSent() {
        requests.incrementAndGet();
    }

    public int requests() {
        return requests.get();
    }

    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    boolean stepping() {
        return stepping;
    }

    void stepping(boolean on) {
        stepping = on;
    }

    public boolean paused() {
        return paused;
    }

    void paused(boolean on) {
        paused = on;
        resume = null;
    }

    /** Called by {@code continue} and {@code step} in the paused REPL. */
    public void resume(Resume choice) {
        resume = choice;
    }

    Resume resumeChoice() {
        return resume;
    }

    public boolean aborted() {
        return aborted;
    }

    /** Stops the script after the current line: {@code quit} in a script or in its paused REPL. */
    public void abort() {
        aborted = true;
    }

    /** True when {@code expect snapshot} writes the snapshots again ({@code run --update-snapshots}). */
    public boolean updateSnapshots() {
        return updateSnapshots;
    }

    public void updateSnapshots(boolean on) {
        updateSnapshots = on;
    }

    /** Pauses at the first response after this for which the condition holds ({@code break when}). */
    public void breakWhen(ResponseCondition condition) {
        breakpoints.add(condition);
    }

    /** The conditional breakpoints that have not paused yet. */
    List<ResponseCondition> breakpoints() {
        return breakpoints;
    }
}
