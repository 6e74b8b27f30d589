package cn.chainscout.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The README's settings table names exactly the settings the build's metadata lists: a new setting without a
 * row, or a row for a setting that is gone, fails here.
 */
class SettingsDocumentedTest {

    private static final Pattern NAME = Pattern.compile("`((?:chainscout)?\\.[a-z0-9.*-]+)`");

    @Test
    void theReadmeTableListsEverySettingAndNoOther() throws IOException {
        Set<String> settings = metadata();
        List<String> documented = readme();
        assertThat(settings).as("metadata").contains("chainscout.zone", "chainscout.scoring.gap-weight");

        Set<String> undocumented = new TreeSet<>();
        for (String setting : settings) {
            if (documented.stream().noneMatch(row -> covers(row, setting))) {
                undocumented.add(setting);
            }
        }
        List<String> stale = documented.stream().filter(row -> settings.stream().noneMatch(s -> covers(row, s))).toList();
        assertThat(undocumented).as("settings without a row in README.md").isEmpty();
        assertThat(stale).as("rows of README.md naming no setting").isEmpty();
    }

    private static boolean covers(String row, String setting) {
        return row.endsWith(".*") ? setting.startsWith(row.substring(0, row.length() - 1)) : row.equals(setting);
    }

    private static Set<String> metadata() throws IOException {
        try (InputStream in = SettingsDocumentedTest.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("the configuration processor's metadata").isNotNull();
            Set<String> names = new TreeSet<>();
            for (JsonNode property : new ObjectMapper().readTree(in).get("properties")) {
                String name = property.get("name").asString();
                if (name.startsWith("chainscout.")) {
                    names.add(name);
                }
            }
            return names;
        }
    }

    /** The chainscout.* names of the table; ".first-lock" after "chainscout.security.free-attempts" is its sibling. */
    private static List<String> readme() throws IOException {
        String text = Files.readString(Path.of("README.md"));
        String section = text.substring(text.indexOf("## Configuration"));
        section = section.substring(0, section.indexOf("\n## ", 3));
        List<String> names = new ArrayList<>();
        for (String line : section.lines().filter(l -> l.startsWith("| `")).toList()) {
            String first = line.split("\\|")[1];
            String parent = null;
            Matcher m = NAME.matcher(first);
            while (m.find()) {
                String name = m.group(1);
                if (name.startsWith("chainscout.")) {
                    names.add(name);
                    parent = name.substring(0, name.lastIndexOf('.'));
                } else if (parent != null) {
                    names.add(parent + name);
                }
            }
        }
        return names;
    }
}
