package dev.restsh.shell;

/** The version of restsh, from the jar manifest (or "dev" when run from classes). */
public final class Version {
    private Version() {}

    public static String number() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
