package dev.restsh.shell.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.script.ComparisonSplitter.Comparison;
import org.junit.jupiter.api.Test;

class ComparisonSplitterTest {
    @Test
    void splitsAtTheTopLevelOperatorOnly() {
        assertThat(ComparisonSplitter.split("response.json()['a==b'] == 'x<y'"))
                .isEqualTo(new Comparison("response.json()['a==b']", "==", "'x<y'"));
        assertThat(ComparisonSplitter.split("len(response.json()['results']) >= 2"))
                .isEqualTo(new Comparison("len(response.json()['results'])", ">=", "2"));
        assertThat(ComparisonSplitter.split("'json' not in response.headers['content-type']"))
                .isEqualTo(new Comparison("'json'", "not in", "response.headers['content-type']"));
        assertThat(ComparisonSplitter.split("'x' in response.text"))
                .isEqualTo(new Comparison("'x'", "in", "response.text"));
    }

    @Test
    void leavesLogicalExpressionsAndPlainValuesWhole() {
        assertThat(ComparisonSplitter.split("response.ok")).isNull();
        assertThat(ComparisonSplitter.split("response.ok and response.status_code == 200"))
                .isNull();
        assertThat(ComparisonSplitter.split("not response.status_code == 200")).isNull();
        assertThat(ComparisonSplitter.split("len(response.json()['label']) < 3 and 1 > 0"))
                .as("the and/or after the comparison")
                .isNull();
        assertThat(ComparisonSplitter.split("response.status_code == 200 or response.ok"))
                .isNull();
    }
}
