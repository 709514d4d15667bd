package dev.restsh.shell.render;

/** How a body is shown as a live stream: forced for any type ({@code --stream}), and a jq filter per event. */
public record StreamSpec(boolean forced, String jq) {
    public static final StreamSpec AUTO = new StreamSpec(false, null);
}
