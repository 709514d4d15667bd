package dev.restsh.shell.script;

import java.util.ArrayList;
import java.util.List;

/** A line diff by longest common subsequence: the removed ({@code -}) and added ({@code +}) lines, in order. */
public final class LineDiff {
    /** Beyond this many cells the table costs too much memory; the diff then says only how the size changed. */
    private static final long MAX_CELLS = 4_000_000;

    private LineDiff() {}

    /** Lines prefixed with "- " or "+ "; empty when equal; null when too large to compare line by line. */
    public static List<String> diff(List<String> before, List<String> after) {
        int n = before.size();
        int m = after.size();
        if ((long) n * m > MAX_CELLS) {
            return null;
        }
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = before.get(i).equals(after.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && before.get(i).equals(after.get(j))) {
                i++;
                j++;
            } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
                out.add("- " + before.get(i++));
            } else {
                out.add("+ " + after.get(j++));
            }
        }
        return out;
    }
}
