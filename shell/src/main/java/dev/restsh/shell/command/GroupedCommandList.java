package dev.restsh.shell.command;

import dev.restsh.shell.command.CommandCatalogue.Group;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The root's list of commands under the headings of {@link CommandCatalogue.Group}, as {@code git help} and {@code gh}
 * list theirs; one column width for every group, so the descriptions line up down the whole list.
 */
final class GroupedCommandList implements IHelpSectionRenderer {
    @Override
    public String render(Help help) {
        Map<Group, List<Help>> groups = new EnumMap<>(Group.class);
        int namesWidth = 0;
        for (Help command : help.subcommands().values()) {
            CommandCatalogue known =
                    CommandCatalogue.named(command.commandSpec().name());
            groups.computeIfAbsent(known == null ? Group.OTHER : known.group(), group -> new ArrayList<>())
                    .add(command);
            namesWidth = Math.max(
                    namesWidth, command.commandNamesText(", ").plainString().length());
        }
        int width = help.commandSpec().usageMessage().width();
        int namesColumn = Math.min(namesWidth, width / 2) + 2;
        StringBuilder out = new StringBuilder();
        groups.forEach((group, commands) -> {
            TextTable table = TextTable.forColumns(
                    help.colorScheme(),
                    new Column(namesColumn, 2, Column.Overflow.SPAN),
                    new Column(width - namesColumn, 2, Column.Overflow.WRAP));
            for (Help command : commands) {
                Help.Ansi.Text[] lines =
                        help.colorScheme().text(summary(command)).splitLines();
                for (int i = 0; i < lines.length; i++) {
                    table.addRowValues(
                            i == 0
                                    ? command.commandNamesText(", ")
                                    : help.colorScheme().text(""),
                            lines[i]);
                }
            }
            out.append(String.format("%n%s:%n", group.heading())).append(table);
        });
        return out.toString();
    }

    /** The first line of the command's header, else of its description, as picocli's own list shows. */
    private static String summary(Help command) {
        UsageMessageSpec usage = command.commandSpec().usageMessage();
        String[] lines = usage.header().length > 0 ? usage.header() : usage.description();
        return lines.length == 0 ? "" : String.format(lines[0]);
    }
}
