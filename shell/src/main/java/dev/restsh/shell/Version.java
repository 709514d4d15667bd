package dev.restsh.shell;

/** The version of restsh, from the jar manifest (or "dev" when run from classes). */
public final class Version {
    private Version() {}

    public static String number() {
        String version = Version.class.getPackage().getImplementationVersion();
        // Build-time tools run from classes, where the version comes from a system property.
        return version != null ? version : System.getProperty("restsh.version", "dev");
    }
}
